using Overgang.Registry.Files;

namespace Overgang.Registry.Import;

/// <summary>The rejection report: a UTF-8 CSV file with columns <c>line,field,reason</c>, one row per problem.</summary>
/// <remarks>
/// Written through the one <see cref="CsvFileWriter"/>: a field or reason taken from the file (an unknown column's name)
/// is quoted and guarded like any text, so it cannot turn into a formula or an extra row in a spreadsheet.
/// </remarks>
public static class RejectionReport
{
    /// <summary>The default report path for an input file: <c>&lt;input&gt;.rejections.csv</c> beside it.</summary>
    public static string DefaultPath(string input) => input + ".rejections.csv";

    /// <summary>Writes (or overwrites) the report; an import without rejections writes the header only, so no stale report remains.</summary>
    public static void Write(string path, IEnumerable<ImportRejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        using var csv = CsvFileWriter.Create(path);
        csv.Header("line", "field", "reason");
        foreach (var rejection in rejections)
        {
            csv.Number(rejection.Line).Text(rejection.Field).Text(rejection.Reason).EndRow();
        }
    }
}
