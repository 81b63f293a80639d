using System.Globalization;
using CsvHelper;

namespace Overgang.Registry.Import;

/// <summary>The rejection report: a UTF-8 CSV file with columns <c>line,field,reason</c>, one row per problem.</summary>
public static class RejectionReport
{
    /// <summary>The default report path for an input file: <c>&lt;input&gt;.rejections.csv</c> beside it.</summary>
    public static string DefaultPath(string input) => input + ".rejections.csv";

    /// <summary>Writes (or overwrites) the report; an import without rejections writes the header only, so no stale report remains.</summary>
    public static void Write(string path, IEnumerable<ImportRejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" });
        csv.WriteHeader(["line", "field", "reason"]);
        foreach (var rejection in rejections)
        {
            csv.WriteField(rejection.Line.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(rejection.Field);
            csv.WriteField(rejection.Reason);
            csv.EndRecord();
        }
    }
}
