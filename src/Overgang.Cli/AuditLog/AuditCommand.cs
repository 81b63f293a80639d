using System.CommandLine;
using System.Globalization;
using System.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Runs;

namespace Overgang.Cli.AuditLog;

/// <summary>
/// <c>overgang audit verify [--checkpoint FILE]</c>: recomputes the keyed hash chain of the audit log (and compares it with
/// a checkpoint) and checks that every run result has its run (<see cref="RunRows"/>); <c>overgang audit checkpoint [--out FILE]</c>: exports a signed checkpoint of the chain's head, to keep
/// outside the registry's machine (docs/audit.md).
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("audit", "The append-only audit log (docs/audit.md).");
        command.Subcommands.Add(Verify(context));
        command.Subcommands.Add(Checkpoint(context));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var database = DatabaseOption.Create();
        var checkpointFile = new Option<string?>("--checkpoint") { Description = "A checkpoint exported with audit checkpoint: the log must still reach it with the same head hash (detects a shortened or rewritten log)." };
        var verify = new Command("verify", "Recompute every hash of the audit log and check that every run result has its run; exit 1 and name the first entry that does not verify.") { database, checkpointFile };
        verify.SetAction(parse =>
        {
            AuditCheckpoint? checkpoint = null;
            if (parse.GetValue(checkpointFile) is { } file)
            {
                if (!File.Exists(file))
                {
                    context.Error.WriteLine($"audit verify: no checkpoint file {file}");
                    return ExitCodes.BadInput;
                }

                checkpoint = AuditCheckpoint.Parse(File.ReadAllText(file), out var problem);
                if (checkpoint is null)
                {
                    context.Error.WriteLine($"audit verify: {file} is {problem}");
                    return ExitCodes.BadInput;
                }
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var result = AuditChain.Verify(registryContext, checkpoint);
            if (result.IsIntact)
            {
                var text = new StringBuilder($"audit log intact: {Figures.Count(result.Verified)} entries verified");
                if (result.Unkeyed > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" ({Figures.Count(result.Unkeyed)} written before the audit key, by plain hash only)");
                }

                if (result.FinerInstants > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" ({Figures.Count(result.FinerInstants)} hashed over their time to a tenth of a microsecond, which the registry keeps to the microsecond)");
                }

                if (checkpoint is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"; reaches the checkpoint of {checkpoint.At} ({Figures.Count(checkpoint.Entries)} entries)");
                }

                context.Output.WriteLine(text.ToString());
            }
            else
            {
                context.Output.WriteLine(result.BrokenAt == 0
                    ? $"audit log BROKEN: {result.Problem}"
                    : $"audit log BROKEN at entry {result.BrokenAt}: {result.Problem} ({Figures.Count(result.Verified)} entries verified before it)");
            }

            // The runs' results have no foreign key to their run (docs/adr/0017-run-results-without-foreign-keys.md): checked here.
            var orphans = RunRows.Orphans(registryContext);
            if (!orphans.AllHaveTheirRun)
            {
                context.Output.WriteLine($"run results BROKEN: {orphans}");
            }

            return result.IsIntact && orphans.AllHaveTheirRun ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return verify;
    }

    private static Command Checkpoint(CliContext context)
    {
        var database = DatabaseOption.Create();
        var output = new Option<string?>("--out") { Description = "Where to write the checkpoint (JSON); default: standard output. Keep it off the registry's machine." };
        var checkpoint = new Command("checkpoint", "Verify the audit log and export a signed checkpoint of its head (entries, last id, head hash, time).") { database, output };
        checkpoint.SetAction(parse =>
        {
            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var result = AuditChain.Verify(registryContext);
            if (!result.IsIntact)
            {
                context.Error.WriteLine($"audit checkpoint: the audit log is BROKEN at entry {result.BrokenAt}: {result.Problem}; no checkpoint written");
                return ExitCodes.Failure;
            }

            var signed = AuditCheckpoint.Create(result.Verified, result.Verified, result.HeadHash!, context.Clock.GetCurrentInstant(), registryContext.AuditKey);
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, signed.ToJson() + "\n");
                context.Output.WriteLine($"checkpoint of {Figures.Count(signed.Entries)} entries (head {signed.HeadHash[..16]}...) written to {file}; keep a copy off this machine");
            }
            else
            {
                context.Output.WriteLine(signed.ToJson());
            }

            return ExitCodes.Ok;
        });
        return checkpoint;
    }
}
