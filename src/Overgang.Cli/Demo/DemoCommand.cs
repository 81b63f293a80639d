using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using Overgang.Cli.Calc;
using Overgang.Cli.Json;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Spectre.Console;

namespace Overgang.Cli.Demo;

/// <summary><c>overgang demo</c>: calculates the allowance and contribution for a synthetic population and prints a summary.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var households = new Option<int>("--households") { Description = "Number of households.", DefaultValueFactory = _ => 52_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic population.", DefaultValueFactory = _ => 2027 };
        var date = new Option<string?>("--date", "-d") { Description = "Calculation date (YYYY-MM-DD); default the first of the current month." };
        var command = new Command("demo", "Generate a synthetic population and calculate this month's allowance and contribution.") { households, seed, date };
        command.SetAction(parse => Run(context, parse.GetValue(households), parse.GetValue(seed), parse.GetValue(date)));
        return command;
    }

    private static int Run(CliContext context, int householdCount, int seed, string? dateText)
    {
        var today = context.Today;
        var day = new LocalDate(today.Year, today.Month, 1);
        if (dateText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(dateText);
            if (!parsed.Success)
            {
                context.Error.WriteLine(JsonOutput.Error(new InputError("--date", $"--date must be a date YYYY-MM-DD, not '{dateText}'")));
                return ExitCodes.BadInput;
            }

            day = parsed.Value;
        }

        if (householdCount is < 1 or > 5_000_000)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--households", "--households must be between 1 and 5000000")));
            return ExitCodes.BadInput;
        }

        var clock = Stopwatch.StartNew();
        var persons = SyntheticHouseholds.Persons(householdCount, seed, day);
        var schedule = AllowanceSchedule.For(context.Parameters, day);
        if (!schedule.TryGetAgeOfMajority(out var majority, out var missingAge))
        {
            context.Error.WriteLine(JsonOutput.Error(InputError.For(missingAge!) with { Field = "--date" }));
            return ExitCodes.BadInput;
        }

        if (!HouseholdFormation.TryForm(persons, day, majority, out var formed, out var formationError))
        {
            throw new UnreachableException($"the synthetic population is inconsistent: {formationError.Message}");
        }

        var rows = new Dictionary<Reception, (int Households, int Persons, Money Allowance, Money Contribution)>();
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var household in formed)
        {
            switch (AllowanceCalculator.Calculate(household, schedule, explain: false))
            {
                case CalculationOutcome.Calculated { Result: var result }:
                    var row = rows.GetValueOrDefault(household.Reception);
                    rows[household.Reception] = (row.Households + 1, row.Persons + household.Size, row.Allowance + result.Allowance, row.Contribution + result.Contribution);
                    break;
                case CalculationOutcome.ParameterMissing { Missing: var m }:
                    missing[m.ParameterId] = missing.GetValueOrDefault(m.ParameterId) + 1;
                    break;
                default:
                    throw new UnreachableException("no overrides in the demo");
            }
        }

        var console = ConsoleFactory.Create(context.Output);
        console.WriteLine($"Overgang demo: {formed.Length} households, {persons.Length} persons (seed {seed}), month of {day:yyyy-MM-dd}, parameters {context.Parameters.Version}");
        var table = new Table().Border(TableBorder.Simple).AddColumns("reception", "households", "persons", "allowance (EUR)", "contribution (EUR)");
        var total = (Households: 0, Persons: 0, Allowance: Money.Zero, Contribution: Money.Zero);
        foreach (var (reception, row) in rows.OrderBy(r => r.Key))
        {
            table.AddRow(CalcRequestReader.Receptions.Single(r => r.Value == reception).Key, row.Households.ToString("N0", null), row.Persons.ToString("N0", null), row.Allowance.ToString(), row.Contribution.ToString());
            total = (total.Households + row.Households, total.Persons + row.Persons, total.Allowance + row.Allowance, total.Contribution + row.Contribution);
        }

        table.AddRow("total", total.Households.ToString("N0", null), total.Persons.ToString("N0", null), total.Allowance.ToString(), total.Contribution.ToString());
        console.Write(table);
        foreach (var (parameter, count) in missing.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            console.WriteLine($"not calculable: {count} households need {parameter}, which is unknown on {day:yyyy-MM-dd}");
        }

        console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0.00} s");
        return ExitCodes.Ok;
    }
}
