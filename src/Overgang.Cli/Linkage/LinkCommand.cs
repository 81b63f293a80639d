using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Files;
using Overgang.Linkage.Scoring;
using Overgang.Registry.Linkage;

namespace Overgang.Cli.Linkage;

/// <summary>
/// <c>overgang link</c>: record linkage (docs/linkage.md). <c>link file FILE</c> links the registry with another member
/// state's registrations (clear or encoded); <c>link registry</c> finds persons registered twice in the registry;
/// both fill the review queue and print the counts per band and the figures. <c>link encode</c> writes the registry
/// as keyed encodings (what this member state sends); <c>link key</c> prints a new key.
/// </summary>
internal static class LinkCommand
{
    /// <summary>The actor of the audit entries a linkage run writes.</summary>
    private const string Actor = "system:link";

    public static Command Create(CliContext context)
    {
        var command = new Command("link", "Find persons registered twice: here and in another member state, or twice here (docs/linkage.md). Pairs go to a review queue; a person decides.");
        command.Subcommands.Add(FileCommand(context));
        command.Subcommands.Add(RegistryCommand(context));
        command.Subcommands.Add(EncodeCommand(context));
        command.Subcommands.Add(KeyCommand(context));
        return command;
    }

    private static Option<string?> KeyFileOption() => new("--key-file")
    {
        Description = $"File with the linkage key shared with the other member state (base64 or hex). Default: ${LinkageKey.EnvironmentVariable}.",
    };

    private static Option<int> SeedOption() => new("--seed") { Description = "Seed of the random pairs and the EM sample.", DefaultValueFactory = _ => 2027 };

    private static Command FileCommand(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Another member state's registrations: a clear or an encoded CSV file." };
        var database = DatabaseOption.Create();
        var keyFile = KeyFileOption();
        var seed = SeedOption();
        var command = new Command("file", "Link the registry with another member state's file and fill the review queue.") { file, database, keyFile, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"link file: no file {path}");
                return ExitCodes.BadInput;
            }

            var problems = new List<string>();
            IReadOnlyList<IncomingRegistration> incoming;
            try
            {
                using var reader = new StreamReader(path);
                incoming = LinkageFile.Read(reader, EncodingScheme.V1, problems);
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"link file: {path}: {e.Message}");
                return ExitCodes.BadInput;
            }

            foreach (var problem in problems.Take(20))
            {
                context.Error.WriteLine($"link file: {path}: {problem} (row left out)");
            }

            LinkageKey? key = null;
            var encoded = incoming.Count > 0 && incoming[0].Encoded is not null;
            if (encoded && !TryKey(context, parse.GetValue(keyFile), "link file", out key))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var outcome = LinkageRun.AgainstFile(registryContext, incoming, key, LinkageParameters.Default, Path.GetFileName(path), Actor, context.Clock.GetCurrentInstant(), parse.GetValue(seed));
            var states = string.Join(", ", incoming.Select(r => r.MemberState).Distinct().Order(StringComparer.Ordinal));
            context.Output.WriteLine($"linked {Figures.Count(outcome.Result.LeftRecords)} persons with {Figures.Count(outcome.Result.RightRecords)} registrations of {(states.Length == 0 ? "no member state" : states)} ({(encoded ? "encoded" : "clear")}){(problems.Count > 0 ? $"; {Figures.Count(problems.Count)} rows left out" : "")}");
            Print(context, outcome);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RegistryCommand(CliContext context)
    {
        var database = DatabaseOption.Create();
        var seed = SeedOption();
        var command = new Command("registry", "Find persons registered twice in the registry itself and fill the review queue.") { database, seed };
        command.SetAction(parse =>
        {
            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var outcome = LinkageRun.WithinRegistry(registryContext, LinkageParameters.Default, Actor, context.Clock.GetCurrentInstant(), parse.GetValue(seed));
            context.Output.WriteLine($"linked the registry's {Figures.Count(outcome.Result.LeftRecords)} persons with each other (clear)");
            Print(context, outcome);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command EncodeCommand(CliContext context)
    {
        var database = DatabaseOption.Create();
        var keyFile = KeyFileOption();
        var output = new Option<string>("--out") { Description = "Where to write the encoded file (CSV).", Required = true };
        var memberState = new Option<string>("--member-state") { Description = "This member state's code in the file.", DefaultValueFactory = _ => "NL" };
        var from = new Option<string?>("--from") { Description = "Encode this clear file (docs/linkage.md) instead of the registry." };
        var command = new Command("encode", "Write the registry (or a clear file) as keyed Bloom-filter encodings, no name in the clear: what a member state sends.") { database, keyFile, output, memberState, from };
        command.SetAction(parse =>
        {
            if (parse.GetValue(from) is { } clearFile)
            {
                return EncodeFile(context, clearFile, parse.GetValue(keyFile), parse.GetValue(output)!);
            }

            var state = parse.GetValue(memberState)!.Trim().ToUpperInvariant();
            if (state.Length != 2 || !state.All(char.IsAsciiLetterUpper))
            {
                context.Error.WriteLine($"link encode: --member-state '{state}' is not an ISO 3166 alpha-2 code");
                return ExitCodes.BadInput;
            }

            if (!TryKey(context, parse.GetValue(keyFile), "link encode", out var key))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var persons = registryContext.Persons.AsNoTracking().OrderBy(p => p.Id).ToList();
            var since = registryContext.Protections.AsNoTracking().Where(p => p.MemberState == state).GroupBy(p => p.PersonId)
                .Select(g => new { g.Key, Since = g.Min(p => p.Since) }).ToDictionary(g => g.Key, g => g.Since, StringComparer.Ordinal);
            var encoder = new BloomEncoder(key!, EncodingScheme.V1);
            var rows = persons.AsParallel().AsOrdered().Select(p => (encoder.Encode(PersonRecords.ToRecord(p)), state, since.TryGetValue(p.Id, out var s) ? s : (LocalDate?)null)).ToList();
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                LinkageFile.WriteEncoded(writer, EncodingScheme.V1, rows);
            }

            context.Output.WriteLine($"{Figures.Count(rows.Count)} persons encoded ({EncodingScheme.V1.Version}) to {path}; no name or date in the clear");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int EncodeFile(CliContext context, string clearFile, string? keyFile, string path)
    {
        if (!File.Exists(clearFile))
        {
            context.Error.WriteLine($"link encode: no file {clearFile}");
            return ExitCodes.BadInput;
        }

        var problems = new List<string>();
        IReadOnlyList<IncomingRegistration> rows;
        try
        {
            using var reader = new StreamReader(clearFile);
            rows = LinkageFile.Read(reader, EncodingScheme.V1, problems);
        }
        catch (FormatException e)
        {
            context.Error.WriteLine($"link encode: {clearFile}: {e.Message}");
            return ExitCodes.BadInput;
        }

        if (rows.Any(r => r.Clear is null))
        {
            context.Error.WriteLine($"link encode: {clearFile} is already encoded");
            return ExitCodes.BadInput;
        }

        foreach (var problem in problems.Take(20))
        {
            context.Error.WriteLine($"link encode: {clearFile}: {problem} (row left out)");
        }

        if (!TryKey(context, keyFile, "link encode", out var key))
        {
            return ExitCodes.BadInput;
        }

        var encoder = new BloomEncoder(key!, EncodingScheme.V1);
        using (var writer = new StreamWriter(path))
        {
            LinkageFile.WriteEncoded(writer, EncodingScheme.V1, rows.Select(r => (encoder.Encode(r.Clear!), r.MemberState, r.Since)));
        }

        context.Output.WriteLine($"{Figures.Count(rows.Count)} registrations encoded ({EncodingScheme.V1.Version}) to {path}; no name or date in the clear");
        return ExitCodes.Ok;
    }

    private static Command KeyCommand(CliContext context)
    {
        var command = new Command("key", "Print a new random linkage key (base64); share it with the other member state out of band.");
        command.SetAction(_ =>
        {
            context.Output.WriteLine(LinkageKey.NewText());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool TryKey(CliContext context, string? keyFile, string command, out LinkageKey? key)
    {
        key = null;
        string? text;
        string origin;
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile))
            {
                context.Error.WriteLine($"{command}: no key file {keyFile}");
                return false;
            }

            text = File.ReadAllText(keyFile);
            origin = keyFile;
        }
        else
        {
            text = Environment.GetEnvironmentVariable(LinkageKey.EnvironmentVariable);
            origin = "$" + LinkageKey.EnvironmentVariable;
            if (string.IsNullOrWhiteSpace(text))
            {
                context.Error.WriteLine($"{command}: an encoded file needs the linkage key: give --key-file or set ${LinkageKey.EnvironmentVariable}");
                return false;
            }
        }

        key = LinkageKey.Parse(text, out var problem);
        if (key is null)
        {
            context.Error.WriteLine($"{command}: the key in {origin} is {problem}");
            return false;
        }

        return true;
    }

    private static void Print(CliContext context, LinkageRunOutcome outcome)
    {
        var result = outcome.Result;
        var total = result.Elapsed.TotalSeconds;
        context.Output.WriteLine($"pairs compared {Figures.Count(result.Comparisons)} ({(result.Comparisons / (double)Math.Max(1, result.LeftRecords)).ToString("0.0", Figures.Culture)} per person; {Figures.Count(result.SkippedBlocks)} blocks over {Figures.Count(result.Parameters.MaxBlockSize)} records skipped)");
        context.Output.WriteLine($"match {Figures.Count(result.Count(LinkBand.Match))}, review {Figures.Count(result.Count(LinkBand.Review))}; added to the review queue {Figures.Count(outcome.Added)}, already there {Figures.Count(outcome.AlreadyQueued)}");
        context.Output.WriteLine($"model: u from {Figures.Count(result.RandomPairs)} random pairs, m by EM on {Figures.Count(result.EmPairs)} blocked pairs ({Figures.Count(result.Model.Iterations)} iterations, {(result.Model.Converged ? "converged" : "not converged")})");
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time {total:0.0} s (block {result.Preparation.TotalSeconds:0.0} s, estimate {result.Estimation.TotalSeconds:0.0} s, score {result.Scoring.TotalSeconds:0.0} s); {Figures.Count((long)((result.LeftRecords + result.RightRecords) / Math.Max(total, 1e-3)))} records/s"));
        context.Output.WriteLine("nothing is merged: a person decides each pair (API: /api/v1/link-candidates)");
    }
}
