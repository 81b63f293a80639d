using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Overgang.Contracts;
using Overgang.Registry;
using Overgang.Registry.Files;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary><c>overgang run decisions --date</c> and <c>overgang run month --month YYYY-MM</c> (alias <c>run allowance</c>): batch runs over the registry, resumable after a crash.</summary>
/// <remarks>A run is not stored twice: when a finished run has the same date or month, parameters and registry state, it is
/// reused and its summary printed again (<c>--rerun</c> runs it anew).</remarks>
internal static class RunCommand
{

    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Batch runs over the whole registry (resumable: rerun the same command after a crash).");
        command.Subcommands.Add(Decisions(context));
        command.Subcommands.Add(Month(context));
        return command;
    }

    /// <summary>The <c>--rerun</c> option.</summary>
    internal static Option<bool> RerunOption() => new("--rerun")
    {
        Description = "Run again even if a finished run has the same inputs, parameters and registry; otherwise that run is reused.",
    };

    private static Option<int> ChunkOption() => new("--chunk")
    {
        Description = "Households per committed chunk.",
        DefaultValueFactory = _ => 5_000,
    };

    private static Option<int> WorkersOption() => new("--workers")
    {
        Description = "Workers in this process, each leasing chunks of the run (PostgreSQL only). Another process running the same command joins the run the same way.",
        DefaultValueFactory = _ => 1,
    };

    private static Option<bool> NoPipelineOption() => new("--no-pipeline")
    {
        Description = "Read each chunk only after the one before is written (normally the next chunk is read while one is written); for measuring.",
    };

    /// <summary>The run's options from the command line; <c>null</c> after writing the error for a worker count the registry cannot take.</summary>
    private static RunOptions? Options(CliContext context, RegistryDatabase registry, ParseResult parse, Option<int> chunk, Option<bool> rerun, Option<int> workers, Option<bool> noPipeline)
    {
        var count = parse.GetValue(workers);
        if (count < 1 || count > 64 || (count > 1 && !registry.IsPostgres))
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--workers", count < 1 || count > 64
                ? "give 1 to 64 workers"
                : "several workers need a PostgreSQL registry: on SQLite one process runs a run with one worker")));
            return null;
        }

        return new RunOptions(parse.GetValue(chunk), Rerun: parse.GetValue(rerun)) { Workers = count, Pipeline = !parse.GetValue(noPipeline) };
    }

    private static Command Decisions(CliContext context)
    {
        var date = new Option<string?>("--date", "-d") { Description = "The decision date, YYYY-MM-DD (4 March 2027 is the last day of protection). Required unless --person is given." };
        var person = new Option<string?>("--person") { Description = "Decide one person again after a change of their facts, on the date of the latest decisions run (their decision and tasks in that run are replaced; the same as the case file's \"decide again\")." };
        var actor = new Option<string?>("--actor") { Description = "With --person: who decides, for the audit log. Without it: cli:<user name>." };
        var chunk = ChunkOption();
        var rerun = RerunOption();
        var workers = WorkersOption();
        var noPipeline = NoPipelineOption();
        var database = DatabaseOption.Create();
        var command = new Command("decisions", "The transition decision for every registered person, with reasons, pending actions and follow-up tasks; or, with --person, one person decided again.") { date, person, actor, chunk, rerun, workers, noPipeline, database };
        command.SetAction(parse =>
        {
            if (parse.GetValue(person) is { } personId)
            {
                if (parse.GetValue(date) is not null)
                {
                    context.Error.WriteLine(JsonOutput.Error(new InputError("--date", "--person decides on the date of the latest decisions run: leave out --date")));
                    return ExitCodes.BadInput;
                }

                var single = DatabaseOption.Resolve(parse.GetValue(database));
                single.Migrate();
                return DecideAgain(context, single, personId.Trim(), parse.GetValue(actor) ?? "cli:" + Environment.UserName);
            }

            if (parse.GetValue(date) is not { } dateText)
            {
                context.Error.WriteLine(JsonOutput.Error(new InputError("--date", "the decision date is required (YYYY-MM-DD), or --person to decide one person again")));
                return ExitCodes.BadInput;
            }

            if (!OptionValues.TryDate(context, "--date", dateText, out var day, RuleMonths.Of(context.Parameters)))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            if (Options(context, registry, parse, chunk, rerun, workers, noPipeline) is not { } options)
            {
                return ExitCodes.BadInput;
            }

            registry.Migrate();
            Registry.Storage.NameKeyBackfill.Run(registry);
            try
            {
                return RunDecisions(context, registry, day, options) switch
                {
                    null => ExitCodes.BadInput,
                    var stopped when Stopped(stopped) => ExitCodes.Stopped,
                    var run => Summarise(context, registry, run, day),
                };
            }
            catch (RunConflictException e)
            {
                context.Error.WriteLine($"run decisions: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Decides one person again (<see cref="PersonDecisionRun"/>, the use case of the case file's "decide again") and says what it came to.</summary>
    private static int DecideAgain(CliContext context, RegistryDatabase registry, string personId, string actor)
    {
        switch (PersonDecisionRun.Execute(registry, personId, context.Parameters, context.Clock, actor))
        {
            case PersonDecisionOutcome.Decided decided:
                var console = ConsoleFactory.Create(context.Output);
                console.WriteLine(decided.Path is null
                    ? $"{personId} decided again in decisions run {decided.RunNumber} for {decided.Date:yyyy-MM-dd}: no protection registration, so no decision"
                    : $"{personId} decided again in decisions run {decided.RunNumber} for {decided.Date:yyyy-MM-dd}: path {decided.Path}, status {decided.Status}");
                if (decided.Path is not null)
                {
                    Legend.Write(console, [decided.Path, decided.Status!]);
                }

                return ExitCodes.Ok;
            case PersonDecisionOutcome.UnknownPerson:
                context.Error.WriteLine(JsonOutput.Error(new InputError("--person", $"no person {personId} in the registry")));
                return ExitCodes.BadInput;
            case PersonDecisionOutcome.NoRun:
                context.Error.WriteLine(JsonOutput.Error(new InputError("--person", "no decisions run yet: run decisions --date YYYY-MM-DD decides everyone, this person included")));
                return ExitCodes.BadInput;
            case PersonDecisionOutcome.RunInProgress inProgress:
                context.Error.WriteLine(JsonOutput.Error(new InputError("--person", $"decisions run {inProgress.RunNumber} has not finished: resume it (run decisions --date with its date), it decides this person too")));
                return ExitCodes.BadInput;
            case PersonDecisionOutcome.Missing missing:
                context.Error.WriteLine(JsonOutput.Error(InputError.For(missing.Parameter)));
                return ExitCodes.BadInput;
            default:
                throw new InvalidOperationException("an unknown outcome of deciding one person");
        }
    }

    /// <summary>Runs (resumes, or reuses) the decisions for a date with its progress shown; <c>null</c> after writing the error for a date without parameters.</summary>
    internal static BatchRun? RunDecisions(CliContext context, RegistryDatabase registry, LocalDate date, int chunk, bool rerun) =>
        RunDecisions(context, registry, date, new RunOptions(chunk, Rerun: rerun));

    private static BatchRun? RunDecisions(CliContext context, RegistryDatabase registry, LocalDate date, RunOptions options)
    {
        BatchRun? run = null;
        Rules.Parameters.MissingParameter? missing = null;
        RunProgressView.Track(context, $"decisions {date:yyyy-MM-dd}", (progress, stop) =>
            DecisionsRun.TryExecute(registry, date, context.Parameters, context.Clock, options with { Progress = progress, Stop = stop }, out run, out missing), out var reused, out var last);
        if (run is null)
        {
            context.Error.WriteLine(JsonOutput.Error(InputError.For(missing!) with { Field = "--date" }));
            return null;
        }

        Announce(context, run, reused, last);
        return run;
    }

    /// <summary>Runs (resumes, or reuses) the month with its progress shown.</summary>
    internal static BatchRun RunMonth(CliContext context, RegistryDatabase registry, YearMonth month, int chunk, bool rerun)
    {
        var run = RunProgressView.Track(context, $"month {month.ToString("yyyy-MM", null)}", (progress, stop) =>
            AllowanceRun.Execute(registry, month, context.Parameters, context.Clock, new RunOptions(chunk, progress, Rerun: rerun) { Stop = stop }), out var reused, out var last);
        Announce(context, run, reused, last);
        return run;
    }

    /// <summary>
    /// The month run with its lists written into <paramref name="folder"/> as the chunks commit, as <c>run month</c> writes
    /// them (a reused or resumed run's from its stored payments: the same files).
    /// </summary>
    /// <exception cref="UnsafeFileNameException">A municipality code cannot name a file (no list is written; the run is).</exception>
    internal static BatchRun RunMonth(CliContext context, RegistryDatabase registry, YearMonth month, RunOptions options, string folder, out IReadOnlyList<MonthListTotal> lists)
    {
        IReadOnlyList<MonthListTotal> written = [];
        var run = RunProgressView.Track(context, $"month {month.ToString("yyyy-MM", null)}", (progress, stop) =>
            AllowanceRun.Execute(registry, month, context.Parameters, context.Clock, options with { Progress = progress, Stop = stop }, folder, out written), out var reused, out var last);
        Announce(context, run, reused, last);
        lists = written;
        return run;
    }

    /// <summary>True when the run was stopped on request before it finished (Ctrl-C, SIGTERM: <see cref="StopSignal"/>).</summary>
    internal static bool Stopped(BatchRun? run) => run is not null && run.Status != "finished";

    /// <summary>Says which finished run answers the command when one is reused, or how far a run stopped on request came.</summary>
    private static void Announce(CliContext context, BatchRun run, bool reused, RunProgress? last)
    {
        if (Stopped(run))
        {
            var done = last is null ? "" : $" after {Figures.Count(last.Done)} of {Figures.Count(last.Total)} households";
            context.Error.WriteLine($"{RunKinds.NameOf(run)} stopped on request{done}: what was committed is kept; the same command goes on from there");
            return;
        }

        if (!reused)
        {
            return;
        }

        var at = (run.FinishedAt ?? run.StartedAt).InZone(Overgang.Rules.LegalDay.Zone).ToString("d MMM yyyy HH:mm", Figures.Culture);
        ConsoleFactory.Create(context.Output).WriteLine($"reusing {RunKinds.NameOf(run)} of {at}: same registry, same parameters (--rerun runs it again)");
    }

    private static int Summarise(CliContext context, RegistryDatabase registry, BatchRun run, LocalDate date)
    {
        var summary = RunProgressView.Step(context, "reading the summary", () => RegistrySummary.ReadDecisions(registry, run.Id));
        var console = ConsoleFactory.Create(context.Output);
        console.WriteLine($"Transition decisions on {date:yyyy-MM-dd} ({RunKinds.NameOf(run)}): persons per path");
        WritePaths(console, summary);
        return ExitCodes.Ok;
    }

    /// <summary>Persons per path and status, then the pending actions per owner, each with the legend of its codes.</summary>
    internal static void WritePaths(IAnsiConsole console, RegistrySummary summary)
    {
        var paths = new Table().Border(TableBorder.Simple).AddColumns("path", "status", "persons");
        paths.Columns[2].RightAligned();
        foreach (var (path, status, persons) in summary.Paths)
        {
            paths.AddRow(path, status, Figures.Count(persons));
        }

        paths.AddRow("total", "", Figures.Count(summary.Paths.Sum(p => p.Persons)));
        console.Write(paths);
        Legend.Write(console, summary.Paths.Select(p => p.Path).Concat(summary.Paths.Select(p => p.Status)));

        var actions = new Table().Border(TableBorder.Simple).AddColumns("pending actions: owner", "actions");
        actions.Columns[1].RightAligned();
        foreach (var (owner, count) in summary.PendingActionsByOwner)
        {
            actions.AddRow(owner, Figures.Count(count));
        }

        console.Write(actions);
        Legend.Write(console, summary.PendingActionsByOwner.Select(a => a.Owner));
    }

    private static Command Month(CliContext context)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month, YYYY-MM.", Required = true };
        var payments = new Option<string?>("--payments") { Description = "Folder for the month's lists (payments, contributions, hand-over, health insurance per municipality). Default: data/payments-YYYY-MM." };
        var chunk = ChunkOption();
        var rerun = RerunOption();
        var workers = WorkersOption();
        var noPipeline = NoPipelineOption();
        var database = DatabaseOption.Create();
        var command = new Command("month", "The monthly run for every household: living allowance and own contribution (28-day rule), after protection ends what each path gives (allowance, social assistance, ended), and per municipality the payment, contribution, hand-over and health-insurance lists. Alias: run allowance.") { month, payments, chunk, rerun, workers, noPipeline, database };
        command.Aliases.Add("allowance");
        command.SetAction(parse =>
        {
            var text = parse.GetValue(month)!;
            if (!OptionValues.TryMonth(context, "--month", text, out var yearMonth, RuleMonths.Of(context.Parameters)))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            if (Options(context, registry, parse, chunk, rerun, workers, noPipeline) is not { } options)
            {
                return ExitCodes.BadInput;
            }

            var folder = parse.GetValue(payments) ?? Path.Combine(registry.DataFolder, $"payments-{text}");
            if (!OptionValues.TryFolder(context, "--payments", folder))
            {
                return ExitCodes.BadInput;
            }

            registry.Migrate();
            Registry.Storage.NameKeyBackfill.Run(registry);
            BatchRun run;
            IReadOnlyList<MonthListTotal> lists;
            try
            {
                // The lists are written as the chunks commit; a reused or resumed run's from its stored payments.
                run = RunMonth(context, registry, yearMonth, options, folder, out lists);
            }
            catch (UnsafeFileNameException e)
            {
                context.Error.WriteLine($"run month: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A list's file (the registry's own errors are the provider's exceptions): the payments committed are kept.
                context.Error.WriteLine($"run month: the lists could not be written into {folder}: {e.Message} (the committed payments are stored; run the command again to go on)");
                return ExitCodes.Failure;
            }
            catch (RunConflictException e)
            {
                context.Error.WriteLine($"run month: {e.Message}");
                return ExitCodes.Failure;
            }

            if (Stopped(run))
            {
                return ExitCodes.Stopped;
            }

            Print(context, run, [.. lists.Select(l => l.Payments)], folder);
            PrintLists(context, lists);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What counts each outcome of a monthly run counts.</summary>
    private static string UnitOf(string outcome) => outcome switch
    {
        "not-in-municipal-scheme" => "registered households",
        "persons-away-over-maximum" => "persons",
        _ => "allowance households",
    };

    internal static void Print(CliContext context, BatchRun run, IReadOnlyList<MunicipalityTotal> totals, string folder)
    {
        var console = ConsoleFactory.Create(context.Output);
        var outcomes = JsonSerializer.Deserialize<SortedDictionary<string, int>>(run.Counts)!;
        console.WriteLine($"{RunKinds.NameOf(run)} for {run.Argument}: outcomes");
        var counted = new Table().Border(TableBorder.Simple).AddColumns("outcome", "count", "of");
        counted.Columns[1].RightAligned();
        foreach (var (outcome, count) in outcomes)
        {
            counted.AddRow(outcome, Figures.Count(count), UnitOf(outcome));
        }

        console.Write(counted);
        Legend.Write(console, outcomes.Keys);

        var table = new Table().Border(TableBorder.Simple).AddColumns("municipality", "households", "persons", "allowance (EUR)", "contribution (EUR)");
        for (var i = 1; i < 5; i++)
        {
            table.Columns[i].RightAligned();
        }

        foreach (var t in totals.OrderByDescending(t => t.Allowance.Cents).Take(12))
        {
            table.AddRow(Markup.Escape($"{t.Name} ({t.Code})"), Figures.Count(t.Households), Figures.Count(t.Members), Figures.Euros(t.Allowance), Figures.Euros(t.Contribution));
        }

        if (totals.Count > 12)
        {
            table.AddRow($"... {totals.Count - 12} more", "", "", "", "");
        }

        table.AddRow("total", Figures.Count(totals.Sum(t => t.Households)), Figures.Count(totals.Sum(t => t.Members)),
            Figures.Euros(totals.Select(t => t.Allowance)), Figures.Euros(totals.Select(t => t.Contribution)));
        console.Write(table);
        console.WriteLine("households: allowance households (the payment lines); persons: their members");
        console.WriteLine($"payment lists: {folder}");
    }

    /// <summary>The totals of the contribution, hand-over and health-insurance lists per municipality (every municipality, then the total).</summary>
    internal static void PrintLists(CliContext context, IReadOnlyList<MonthListTotal> lists)
    {
        var console = ConsoleFactory.Create(context.Output);
        var table = new Table().Border(TableBorder.Simple).AddColumns(
            "municipality", "payments", "allowance (EUR)", "on social assistance", "social assistance est. (EUR)", "contributions", "contribution (EUR)", "handed over", "of which est. (EUR)", "health insurance", "insured", "premium est. (EUR)");
        for (var i = 1; i < 12; i++)
        {
            table.Columns[i].RightAligned();
        }

        static string N(int value) => Figures.Count(value);
        foreach (var t in lists.OrderBy(t => t.Payments.Code, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape($"{t.Payments.Name} ({t.Payments.Code})"), N(t.Payments.Households), Figures.Euros(t.Payments.Allowance), N(t.SocialAssistanceHouseholds), Figures.Euros(t.SocialAssistanceAll), N(t.ContributionHouseholds), Figures.Euros(t.Contributions),
                N(t.HandOverHouseholds), Figures.Euros(t.SocialAssistance), N(t.HealthInsuranceHouseholds), N(t.Insured), t.Premium is { } premium ? Figures.Euros(premium) : "unknown");
        }

        table.AddRow("total", N(lists.Sum(t => t.Payments.Households)), Figures.Euros(lists.Select(t => t.Payments.Allowance)), N(lists.Sum(t => t.SocialAssistanceHouseholds)), Figures.Euros(lists.Select(t => t.SocialAssistanceAll)), N(lists.Sum(t => t.ContributionHouseholds)), Figures.Euros(lists.Select(t => t.Contributions)),
            N(lists.Sum(t => t.HandOverHouseholds)), Figures.Euros(lists.Select(t => t.SocialAssistance)), N(lists.Sum(t => t.HealthInsuranceHouseholds)), N(lists.Sum(t => t.Insured)), lists.Any(t => t.Premium is not null) ? Figures.Euros(lists.Select(t => t.Premium ?? Rules.Money.Zero)) : "unknown");
        console.WriteLine("lists per municipality (payments, contributions, hand-over to social assistance, health-insurance enrolment), counts in households except insured (persons):");
        console.Write(table);
    }
}
