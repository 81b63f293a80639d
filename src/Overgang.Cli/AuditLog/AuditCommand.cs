using System.CommandLine;
using Overgang.Registry.Audit;

namespace Overgang.Cli.AuditLog;

/// <summary><c>overgang audit verify</c>: recomputes the hash chain of the audit log.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var verify = new Command("verify", "Recompute every hash of the audit log; exit 1 and name the first entry that does not verify.") { database };
        verify.SetAction(parse =>
        {
            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            using var registryContext = registry.Open();
            var result = AuditChain.Verify(registryContext);
            if (result.IsIntact)
            {
                context.Output.WriteLine($"audit log intact: {Figures.Count(result.Verified)} entries verified");
                return ExitCodes.Ok;
            }

            context.Output.WriteLine($"audit log BROKEN at entry {result.BrokenAt}: {result.Problem} ({Figures.Count(result.Verified)} entries verified before it)");
            return ExitCodes.Failure;
        });
        var command = new Command("audit", "The append-only audit log.");
        command.Subcommands.Add(verify);
        return command;
    }
}
