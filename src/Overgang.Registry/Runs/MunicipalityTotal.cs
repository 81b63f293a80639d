using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>What one municipality pays and collects in a monthly allowance run.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">Name.</param>
/// <param name="Households">Payment lines (allowance households).</param>
/// <param name="Members">Persons counted.</param>
/// <param name="Allowance">Total allowance payable.</param>
/// <param name="Contribution">Total own contribution due.</param>
public sealed record MunicipalityTotal(string Code, string Name, int Households, int Members, Money Allowance, Money Contribution);
