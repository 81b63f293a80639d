using System.Collections.Immutable;

namespace Overgang.Registry.Population;

/// <summary>What loading a population into the registry did: rows and time per table, in load order.</summary>
/// <param name="Tables">Table name, rows inserted and elapsed time, including the audit entries.</param>
/// <param name="DeletedPersons">Persons deleted first (with <c>--replace</c>), or 0.</param>
public sealed record LoadReport(ImmutableArray<(string Table, int Rows, TimeSpan Elapsed)> Tables, int DeletedPersons);
