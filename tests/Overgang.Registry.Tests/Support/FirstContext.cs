using System.Runtime.CompilerServices;

namespace Overgang.Registry.Tests.Support;

/// <summary>
/// Makes a registry context before any test runs, as every command and the web application do before they open an SQLite
/// connection: the registry then chooses SQLite's threading mode for the process (<see cref="SqliteThreading"/>), which a
/// test that opens an SQLite connection of its own first (<c>PackedIncomesTests</c>) would otherwise fix at the library's
/// default, depending on which test the runner starts first.
/// </summary>
internal static class FirstContext
{
#pragma warning disable CA2255 // a test assembly: the process's SQLite mode must be chosen before any test's first connection
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Make()
    {
        // Making a context opens no connection and creates no file.
        using var context = RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-test-first-context.db")).Open();
    }
}
