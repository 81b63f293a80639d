using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Overgang.Registry;
using Overgang.Registry.Import;

namespace Overgang.Cli.Import;

/// <summary>
/// <c>overgang import &lt;kind&gt; FILE</c>: imports one registry CSV file (docs/registry-csv.md) into the registry, writes the
/// rejection report and prints the counts.
/// </summary>
/// <remarks>
/// Exit codes: 0 when the file was imported, also with rejected rows (they are in the report); 2 when the whole file
/// was refused (not UTF-8, wrong header, empty, missing) or the database setting does not work; 1 when the database
/// failed while writing, in which case nothing of the file was written.
/// </remarks>
internal static class ImportCommand
{
    private const int ShownRejections = 10;

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { HelpName = "kind", Description = "What the file holds: " + string.Join(", ", ImportKinds.Names) + " (import them in this order)." };
        kind.AcceptOnlyFromAmong([.. ImportKinds.Names]);
        var file = new Argument<string>("file") { Description = "The CSV file (UTF-8, header line with the columns of docs/registry-csv.md)." };
        var database = DatabaseOption.Create();
        var rejections = new Option<string?>("--rejections") { Description = "Where to write the rejection report (line,field,reason). Default: FILE.rejections.csv beside the file." };
        var actor = new Option<string?>("--actor") { Description = "Who imports, for the audit log. Default: import:<file name>." };
        var command = new Command("import", "Imports a registry CSV file: valid rows in one transaction, rejected rows in a report.")
        {
            kind, file, database, rejections, actor,
        };
        command.SetAction(parse => Run(
            context,
            ImportKinds.Parse(parse.GetValue(kind)) ?? throw new InvalidOperationException("the parser accepts only known kinds"),
            parse.GetValue(file)!,
            parse.GetValue(database),
            parse.GetValue(rejections),
            parse.GetValue(actor)));
        return command;
    }

    private static int Run(CliContext context, ImportKind kind, string path, string? setting, string? reportPath, string? actor)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"import: no file {path}");
            return ExitCodes.BadInput;
        }

        RegistryDatabase database;
        try
        {
            database = DatabaseOption.Resolve(setting);
            database.Migrate();
        }
        catch (Exception e) when ((e is DbException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException or InvalidOperationException) && !RegistryDatabase.IsLocked(e))
        {
            context.Error.WriteLine($"import: the database cannot be opened: {e.Message}");
            return ExitCodes.BadInput;
        }

        ImportOutcome outcome;
        try
        {
            outcome = CsvImporter.Import(database, kind, path, context.Clock.GetCurrentInstant(), actor);
        }
        catch (ImportFailedException e) when (!RegistryDatabase.IsLocked(e))
        {
            context.Error.WriteLine("import: " + e.Message);
            return ExitCodes.Failure;
        }

        var report = reportPath ?? RejectionReport.DefaultPath(path);
        RejectionReport.Write(report, outcome.Problems);
        switch (outcome)
        {
            case ImportOutcome.Refused refused:
                context.Error.WriteLine($"import: {refused.FileName} refused, nothing imported: line {refused.Problem.Line}, {refused.Problem.Field}: {refused.Problem.Reason}");
                return ExitCodes.BadInput;
            case ImportOutcome.Imported imported:
                WriteSummary(context.Output, imported, database, report);
                return ExitCodes.Ok;
            default:
                throw new InvalidOperationException("unknown outcome " + outcome.GetType().Name);
        }
    }

    private static void WriteSummary(TextWriter output, ImportOutcome.Imported imported, RegistryDatabase database, string report)
    {
        var counts = imported.Counts;
        output.WriteLine($"Imported {imported.FileName} ({ImportKinds.Name(imported.Kind)}) into {database.Provider}");
        output.WriteLine(Count("read", counts.Read));
        output.WriteLine(Count("inserted", counts.Inserted));
        output.WriteLine(Count("updated", counts.Updated));
        output.WriteLine(Count("unchanged", counts.Unchanged));
        output.WriteLine(Count("rejected", counts.Rejected));
        if (imported.Rejections.IsEmpty)
        {
            output.WriteLine($"No rejections; report (header only) written to {report}");
            return;
        }

        output.WriteLine($"{imported.Rejections.Length} problems in {counts.Rejected} rejected rows, written to {report}");
        foreach (var rejection in imported.Rejections.Take(ShownRejections))
        {
            output.WriteLine($"  line {rejection.Line,-6} {rejection.Field,-20} {rejection.Reason}");
        }

        if (imported.Rejections.Length > ShownRejections)
        {
            output.WriteLine($"  ... and {imported.Rejections.Length - ShownRejections} more in the report");
        }
    }

    private static string Count(string label, int value) => $"  {label,-10} {value.ToString(CultureInfo.InvariantCulture),8}";
}
