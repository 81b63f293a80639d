using System.CommandLine;
using Overgang.Contracts;
using Overgang.Registry.Platform;
using Overgang.Rules.Parameters;

namespace Overgang.Cli.Platform;

/// <summary>
/// <c>overgang platform-report --month YYYY-MM [--format csv|json] [--out FILE]</c>: the monthly report to the EU
/// temporary-protection platform, computed from the registry (docs/platform-report.md).
/// </summary>
internal static class PlatformReportCommand
{
    private static readonly string[] _formats = ["csv", "json"];

    public static Command Create(CliContext context)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month, YYYY-MM.", Required = true };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong(_formats);
        var output = new Option<string?>("--out") { Description = "The file to write; default: standard output." };
        var database = DatabaseOption.Create();
        var command = new Command("platform-report", "The monthly report to the EU temporary-protection platform: registrations active and inactive at the end of the month, new and ended in it (by reason), by age group and sex. Aggregates only (docs/platform-report.md).")
        {
            month, format, output, database,
        };
        command.SetAction(parse =>
        {
            if (!OptionValues.TryMonth(context, "--month", parse.GetValue(month)!, out var yearMonth, RuleMonths.Of(context.Parameters)))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            PlatformReport report;
            using (var registryContext = registry.Open())
            {
                report = PlatformReport.Compute(registryContext, yearMonth, context.Parameters);
            }

            var text = parse.GetValue(format) == "json" ? report.ToJson() : report.ToCsv();
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    File.WriteAllText(file, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine(JsonOutput.Error(new InputError("--out", $"cannot write {file}: {e.Message}")));
                    return ExitCodes.BadInput;
                }

                context.Output.WriteLine($"platform report {report.Month:yyyy-MM}: {Figures.Count(report.Total(PlatformMeasure.Active))} active, {Figures.Count(report.Total(PlatformMeasure.Inactive))} inactive, {Figures.Count(report.Total(PlatformMeasure.New))} new, {Figures.Count(report.Total(PlatformMeasure.Ended))} ended; written to {file}");
            }
            else
            {
                context.Output.Write(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
