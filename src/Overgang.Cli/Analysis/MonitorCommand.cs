using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Reports;
using Overgang.Contracts;
using Overgang.Registry;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary>
/// <c>overgang monitor</c>: every official figure as a series with source and date (the Netherlands and the EU per member
/// state), the factor scorecards per period with entered scores applied, and the change between periods;
/// <c>overgang monitor score</c> enters or amends the scores of a period; <c>overgang monitor history</c> lists every version.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(CliContext context)
    {
        var indicators = new Option<bool>("--indicators") { Description = "Also list every indicator with its score (or 'not scored yet'), rationale and source." };
        var topic = new Option<string?>("--topic") { Description = "Only the figures of one topic: " + string.Join(", ", FigureTopics.All) + "." };
        var series = new Option<string?>("--series") { Description = "Only the figures of one series (a metric such as brp_registered_tp)." };
        var json = new Option<bool>("--json") { Description = "Write the figures, series and scorecards as JSON instead of tables." };
        var database = DatabaseOption.Create();
        database.Description = "The registry whose entered scores apply (SQLite file or PostgreSQL connection string). Without it: $" + DatabaseOption.EnvironmentVariable + ", else " + RegistryDatabase.DefaultSqlitePath + " when that file exists, else the shipped scores only.";
        var command = new Command("monitor", "Every official figure as a series with source and date (the Netherlands; the EU per member state) and the Clingendael factor scorecards, shipped and entered, aggregated per factor and domain, with the change between periods.")
        {
            indicators, topic, series, json, database,
        };
        command.SetAction(parse =>
        {
            var (topicValue, seriesValue) = (parse.GetValue(topic), parse.GetValue(series));
            if (topicValue is { } t && !FigureTopics.All.Contains(t))
            {
                context.Error.WriteLine($"monitor: no topic '{t}': the topics are {string.Join(", ", FigureTopics.All)}");
                return ExitCodes.BadInput;
            }

            if (seriesValue is { } s && !OfficialFigures.All.Any(f => f.Metric == s) && !EuropeanFigures.All.Any(f => f.Metric == s))
            {
                context.Error.WriteLine($"monitor: no series '{s}': see the series column of overgang monitor");
                return ExitCodes.BadInput;
            }

            if (!TryScorecards(context, parse.GetValue(database), out var scorecards))
            {
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(scorecards, topicValue, seriesValue));
                return ExitCodes.Ok;
            }

            var console = ConsoleFactory.Create(context.Output);
            TablePrinter.Print(console, MonitorTables.Series(topicValue, seriesValue));
            var nl = MonitorTables.Figures(topicValue, seriesValue);
            TablePrinter.Print(console, nl with { Title = nl.Title + "; notes: --json or overgang report --monitor", Columns = nl.Columns[..^1], Rows = [.. nl.Rows.Select(r => r[..^1])] });
            var eu = MonitorTables.EuFigures(topicValue, seriesValue);
            TablePrinter.Print(console, eu with { Title = eu.Title + "; notes: --json or overgang report --monitor", Columns = eu.Columns[..^1], Rows = [.. eu.Rows.Select(r => r[..^1])] });
            TablePrinter.Print(console, MonitorTables.Periods(scorecards));
            TablePrinter.Print(console, MonitorTables.Scores(scorecards));
            TablePrinter.Print(console, MonitorTables.Changes(scorecards));
            if (parse.GetValue(indicators))
            {
                TablePrinter.Print(console, MonitorTables.Indicators(scorecards));
            }

            console.WriteLine($"aggregation: {scorecards.Aggregation}");
            return ExitCodes.Ok;
        });
        command.Add(Score(context));
        command.Add(History(context));
        return command;
    }

    private static Command Score(CliContext context)
    {
        var period = new Option<string>("--period") { Description = "The scorecard period, such as 2025-06.", Required = true };
        var file = new Option<string>("--file") { Description = "The scores: CSV with the header domain,factor,indicator,score,justification, one indicator a line.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the scores are entered or amended (in the audit log).", Required = true };
        var actor = new Option<string?>("--actor") { Description = "Who enters them, for the audit log. Without it: cli:<user name>." };
        var database = DatabaseOption.Create();
        var command = new Command("score", "Enter or amend the scores of a scorecard period from a CSV file; a changed score becomes a new version, audited with who, when, old and new value and the reason. All lines or none.")
        {
            period, file, reason, actor, database,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"monitor score: no file {path}");
                return ExitCodes.BadInput;
            }

            var (scores, errors) = ScoresFile.Parse(File.ReadAllText(path));
            if (errors.Length > 0)
            {
                Report(context, path, errors);
                return ExitCodes.BadInput;
            }

            if (!TryOpen(context, parse.GetValue(database), "monitor score", out var registry))
            {
                return ExitCodes.BadInput;
            }

            using var db = registry.Open();
            var request = new ScoreEntryRequest(parse.GetValue(period)!, EnterScores.Version(db, parse.GetValue(period)!), parse.GetValue(actor) ?? "cli:" + Environment.UserName, parse.GetValue(reason)!, scores);
            switch (EnterScores.Run(db, Scorecards.Default, context.Clock, request))
            {
                case ScoreEntryOutcome.Entered entered:
                    context.Output.WriteLine(entered.Entries.Length == 0
                        ? $"monitor score: period {request.Period}: every score was already as given; nothing stored"
                        : $"monitor score: period {request.Period}: {entered.Entries.Length} score(s) stored, period version {entered.Version}");
                    foreach (var e in entered.Entries)
                    {
                        context.Output.WriteLine($"  {e.Domain}/{e.Factor}/{e.Indicator}: {Signed(e.PreviousScore)} -> {Signed(e.Score)} (version {e.Version})");
                    }

                    return ExitCodes.Ok;
                case ScoreEntryOutcome.Invalid invalid:
                    Report(context, path, invalid.Errors);
                    return ExitCodes.BadInput;
                case ScoreEntryOutcome.Stale stale:
                    context.Error.WriteLine($"monitor score: period {request.Period} changed while the scores were entered (version {stale.Current}, not {stale.Expected}); nothing stored: run it again");
                    return ExitCodes.Failure;
                default:
                    throw new InvalidOperationException("unknown outcome");
            }
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var period = new Option<string?>("--period") { Description = "Only this period." };
        var database = DatabaseOption.Create();
        var command = new Command("history", "Every entered and amended score, oldest first: period, indicator, version, old and new score, who, when and why.") { period, database };
        command.SetAction(parse =>
        {
            if (!TryOpen(context, parse.GetValue(database), "monitor history", out var registry))
            {
                return ExitCodes.BadInput;
            }

            using var db = registry.Open();
            var history = EnterScores.History(db, parse.GetValue(period));
            var table = MonitorTables.History(history);
            TablePrinter.Print(ConsoleFactory.Create(context.Output), table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The shipped scorecards with the entered scores of the registry applied: the one given, else $OVERGANG_DATABASE, else
    /// the default SQLite file when it exists; the shipped ones alone when there is none. False (and the message written)
    /// when the database cannot be opened.
    /// </summary>
    internal static bool TryScorecards(CliContext context, string? setting, out Scorecards scorecards)
    {
        scorecards = Scorecards.Default;
        if (setting is null && Environment.GetEnvironmentVariable(DatabaseOption.EnvironmentVariable) is null && !File.Exists(RegistryDatabase.DefaultSqlitePath))
        {
            return true;
        }

        if (!TryOpen(context, setting, "monitor", out var registry))
        {
            return false;
        }

        using var db = registry.Open();
        scorecards = EnterScores.Current(db, Scorecards.Default);
        return true;
    }

    private static bool TryOpen(CliContext context, string? setting, string name, out RegistryDatabase registry)
    {
        try
        {
            registry = DatabaseOption.Resolve(setting);
            registry.Migrate();
            return true;
        }
        catch (Exception e) when ((e is DbException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException or InvalidOperationException) && !RegistryDatabase.IsLocked(e))
        {
            context.Error.WriteLine($"{name}: the database cannot be opened: {e.Message}");
            registry = null!;
            return false;
        }
    }

    private static void Report(CliContext context, string path, IEnumerable<ScoreError> errors)
    {
        foreach (var error in errors)
        {
            context.Error.WriteLine($"monitor score: {path}: {error}; nothing stored");
        }
    }

    private static string Signed(int? score) => MonitorTables.Score(score);

    private static string Json(Scorecards scorecards, string? topic, string? series) => JsonOutput.Render(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("series");
        var table = MonitorTables.Series(topic, series);
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Length; i++)
            {
                json.WriteString(table.Columns[i], row[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("netherlands");
        foreach (var f in OfficialFigures.All.Where(f => MonitorTables.Matches(f.Metric, topic, series)))
        {
            json.WriteStartObject();
            json.WriteString("date", f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("topic", FigureTopics.Of(f.Metric));
            json.WriteString("metric", f.Metric);
            json.WriteNumber("value", f.Value);
            json.WriteString("unit", f.Unit);
            json.WriteString("source", f.Source);
            json.WriteString("note", f.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("europe");
        foreach (var f in EuropeanFigures.All.Where(f => MonitorTables.Matches(f.Metric, topic, series)))
        {
            json.WriteStartObject();
            json.WriteString("date", f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("memberState", f.MemberState);
            json.WriteString("topic", FigureTopics.Of(f.Metric));
            json.WriteString("metric", f.Metric);
            json.WriteNumber("value", f.Value);
            json.WriteString("unit", f.Unit);
            json.WriteString("source", f.Source);
            json.WriteString("note", f.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("aggregation", scorecards.Aggregation);
        json.WriteStartArray("periods");
        foreach (var p in scorecards.Periods)
        {
            json.WriteStartObject();
            json.WriteString("id", p.Id);
            json.WriteString("title", p.Title);
            json.WriteString("source", p.Source);
            json.WriteString("missing", p.Missing);
            json.WriteStartArray("domains");
            foreach (var d in p.Domains)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("title", d.Title);
                Mean(json, d.Mean);
                json.WriteStartArray("factors");
                foreach (var f in d.Factors)
                {
                    json.WriteStartObject();
                    json.WriteString("id", f.Id);
                    json.WriteString("title", f.Title);
                    Mean(json, f.Mean);
                    json.WriteStartArray("indicators");
                    foreach (var i in f.Indicators)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", i.Id);
                        json.WriteString("title", i.Title);
                        if (i.Score is { } score)
                        {
                            json.WriteNumber("score", score);
                        }
                        else
                        {
                            json.WriteNull("score");
                        }

                        json.WriteNumber("version", i.Version);
                        json.WriteString("source", i.Source);
                        json.WriteString("rationale", i.Rationale);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Mean(Utf8JsonWriter json, double? mean)
    {
        if (mean is { } m)
        {
            json.WriteNumber("mean", Math.Round(m, 4));
        }
        else
        {
            json.WriteNull("mean");
        }
    }
}
