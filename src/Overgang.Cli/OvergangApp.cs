using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using NodaTime;
using Overgang.Cli.AuditLog;
using Overgang.Cli.Calc;
using Overgang.Cli.Decide;
using Overgang.Cli.DecisionLetters;
using Overgang.Cli.Demo;
using Overgang.Cli.ParameterCatalogue;
using Overgang.Cli.Runs;
using Overgang.Registry;
using Overgang.Registry.Audit;
using Overgang.Rules.Parameters;

namespace Overgang.Cli;

/// <summary>The overgang command line: parses arguments and runs one command with injected streams and clock.</summary>
internal static class OvergangApp
{
    /// <summary>The widest help: help fits an 80-column terminal, and 80 columns when the output is redirected.</summary>
    public const int HelpWidth = 80;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, IClock clock, bool interactive = false, int helpWidth = HelpWidth)
    {
        var context = new CliContext(input, output, error, clock, ParameterTree.Default, interactive);
        var root = Build(context, helpWidth);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (RegistryDatabase.IsLocked(e))
        {
            // Anywhere in any command (migrating, BeginTransaction, a batch run's chunk): one line, no stack trace.
            error.WriteLine($"the registry {Where(parse)} is locked by another process; try again when it has finished");
            return ExitCodes.Locked;
        }
        catch (Exception e) when (e is AuditKeyException || e.InnerException is AuditKeyException)
        {
            // A missing or foreign audit key, found before anything was written (a batch run's worker wraps it): one line.
            error.WriteLine((e as AuditKeyException ?? e.InnerException)!.Message);
            return ExitCodes.AuditKey;
        }
        catch (Exception e) when (RegistryFaults.Of(e) is { } fault)
        {
            // The storage's condition, not a defect: one line saying which, and (when it may have come mid-write) what was kept.
            var kept = RegistryFaults.MayHaveBeenWriting(fault)
                ? "; what this command had not committed was rolled back (a batch run goes on from its last committed chunk when the command is run again)"
                : "";
            error.WriteLine(RegistryFaults.Describe(fault, Where(parse)) + kept);
            return ExitCodes.Registry;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What System.CommandLine's default handler does: a defect, reported with its stack trace.
            error.WriteLine("Unhandled exception: " + e);
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The registry the command was given (or the default), as the user would write it: the SQLite file, relative to the
    /// working directory when it is below it, or the PostgreSQL server and database without user or password.
    /// </summary>
    private static string Where(ParseResult parse)
    {
        string? setting = null;
        try
        {
            setting = parse.GetValue<string?>("--database");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The command has no --database option: the default registry.
        }

        var database = DatabaseOption.Resolve(setting);
        if (database.SqliteFile is not { } file)
        {
            return database.Where;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }

    /// <summary>Every command, with help wrapped at <paramref name="helpWidth"/> columns.</summary>
    internal static RootCommand Build(CliContext context, int helpWidth = HelpWidth)
    {
        var root = new RootCommand("Overgang: rules, registry and analysis for the transition out of temporary protection (Ukraine, 4 March 2027).")
        {
            CalcCommand.Create(context),
            DecideCommand.Create(context),
            LetterCommand.Create(context),
            ParamsCommand.Create(context),
            DemoCommand.Create(context),
            RunCommand.Create(context),
            AuditCommand.Create(context),
            Generate.GenerateCommand.Create(context),
            Import.ImportCommand.Create(context),
            Serve.ServeCommand.Create(context),
            Analysis.SimulateCommand.Create(context),
            Analysis.ProjectCommand.Create(context),
            Analysis.MonitorCommand.Create(context),
            Analysis.ReportCommand.Create(context),
            Platform.PlatformReportCommand.Create(context),
            Linkage.LinkCommand.Create(context),
        };

        // One help option serves every command (it is recursive); without a width it takes the console's, which is
        // unbounded when the output is redirected, and long descriptions then ran on for hundreds of columns. One column
        // is left free: a console that wraps on writing its last column would add blank lines.
        root.Options.OfType<HelpOption>().Single().Action = new HelpAction { MaxWidth = Math.Clamp(helpWidth, 40, HelpWidth) - 1 };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersion();
        }

        return root;
    }
}

/// <summary>
/// <c>--version</c>: the product's version (<c>Version</c> in Directory.Build.props) from this assembly, also when the
/// entry assembly is another program's (the tests run the command in-process).
/// </summary>
internal sealed class PrintVersion : SynchronousCommandLineAction
{
    public static string Current { get; } =
        typeof(PrintVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Current);
        return 0;
    }
}
