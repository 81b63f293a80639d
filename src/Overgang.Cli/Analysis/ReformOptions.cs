using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reforms;
using Overgang.Contracts;

namespace Overgang.Cli.Analysis;

/// <summary>
/// The options of a reform run shared by <c>simulate</c> and <c>report</c>: the decision date (default: the baseline's
/// last day of protection) and the months (default: this month to the month in which the reception year after that last
/// day ends, <c>transition.return.reception-years</c>: the last month in which anyone still gets the living allowance).
/// Every month from --from to --to is simulated; a month that cannot be is refused, naming the month and the parameter.
/// Unless --no-costs, the counterfactual without a transition document is run as well and the three scenarios are priced
/// (<see cref="CostSimulation"/>).
/// </summary>
internal sealed class ReformOptions
{
    private readonly Option<string?> _date = new("--date", "-d") { Description = "Transition decision date, YYYY-MM-DD (default: the baseline's last day of protection)." };
    private readonly Option<string?> _from = new("--from") { Description = "First month, YYYY-MM (default: this month)." };
    private readonly Option<bool> _noCosts = new("--no-costs") { Description = "Leave out the costs per organisation and year (and the run of the counterfactual without a transition document that they need)." };
    private readonly Option<string?> _to = new("--to") { Description = "Last month, YYYY-MM (default: the month in which the reception year after the baseline's last day of protection ends)." };

    public AnalysisPopulation Population { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(_date);
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_noCosts);
        Population.AddTo(command);
    }

    /// <summary>Reads the reform file and runs it; writes the error and returns <c>null</c> for bad input.</summary>
    public bool TryRun(ParseResult parse, CliContext context, string? reformPath, string field, [NotNullWhen(true)] out ReformReport? report)
    {
        report = null;
        if (reformPath is null)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(field, $"{field} is required")));
            return false;
        }

        if (!ReformFiles.TryRead(reformPath, context.Parameters, out var reform, out var error))
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(field, error.Message)));
            return false;
        }

        if (!ReformPeriod.TryDefault(context.Parameters, context.Today, out var date, out var from, out var to, out var missing))
        {
            context.Error.WriteLine(JsonOutput.Error(InputError.For(missing)));
            return false;
        }

        if ((parse.GetValue(_date) is { } dateText && !OptionValues.TryDate(context, "--date", dateText, out date))
            || (parse.GetValue(_from) is { } fromText && !OptionValues.TryMonth(context, "--from", fromText, out from))
            || (parse.GetValue(_to) is { } toText && !OptionValues.TryMonth(context, "--to", toText, out to)))
        {
            return false;
        }

        if (to < from)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--to", $"--to {to:yyyy-MM} is before --from {from:yyyy-MM}")));
            return false;
        }

        var months = ReformPeriod.Months(from, to);

        if (!Population.TryResolve(parse, context, out var population))
        {
            return false;
        }

        var (index, description) = population;
        if (parse.GetValue(_noCosts)
            ? !ReformSimulation.TryRun(index, context.Parameters, reform, date, months, description, out report, out missing)
            : !CostSimulation.TryRun(index, context.Parameters, reform, date, months, description, CostData.Default, CostModel.DefaultDraws, CostModel.DefaultSeed, out report, out missing))
        {
            // The decisions read the parameters on the decision date; a month reads them on its first day.
            var unknown = missing!;
            var refusal = unknown.Date == date
                ? InputError.For(unknown) with { Field = "--date" }
                : new InputError("--to", $"the month {unknown.Date:yyyy-MM} cannot be simulated: {unknown.Message}; choose a --from and --to without it", unknown.ParameterId);
            context.Error.WriteLine(JsonOutput.Error(refusal));
            return false;
        }

        return report is not null;
    }
}
