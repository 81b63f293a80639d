using System.CommandLine;
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
using Overgang.Rules.Parameters;

namespace Overgang.Cli;

/// <summary>The overgang command line: parses arguments and runs one command with injected streams and clock.</summary>
internal static class OvergangApp
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, IClock clock, bool interactive = false)
    {
        var context = new CliContext(input, output, error, clock, ParameterTree.Default, interactive);
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
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersion();
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
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
