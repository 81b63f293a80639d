using Overgang.Cli.Analysis;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Analysis;

/// <summary>Every row of the EU figures shipped as data (src/Overgang.Analysis/Data/figures-eu*.csv) is shown by <c>overgang monitor</c> and written by <c>overgang report --monitor</c>.</summary>
public sealed class EuFiguresTests
{
    private static readonly string[] _files = ["figures-eu.csv", "figures-eu-seeds.csv"];

    public static TheoryData<string, int> Rows()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in _files)
        {
            var rows = FigureFiles.DataRows(File.ReadAllText(Path.Combine(FigureFiles.Root(), "src", "Overgang.Analysis", "Data", file)));
            for (var i = 0; i < rows.Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Monitor_ShowsTheRow(string file, int index)
    {
        // Given
        var row = Row(file, index);

        // When
        var output = CliRun.Of("", "monitor").Output;

        // Then: one line of the EU table holds date, member state, metric, value (grouped as in every table), unit and source
        var cells = new[] { row["date"], row["member_state"], row["metric"], TablePrinter.Grouped(row["value"]), row["unit"], row["source"] };
        var section = output.Split("EU figures per member state")[1];
        Assert.True(
            section.Split('\n').Any(line => cells.All(c => line.Contains(" " + c + " ", StringComparison.Ordinal))),
            $"{file} row {index + 1} ({string.Join(", ", cells)}) is not shown by overgang monitor");
    }

    [Fact]
    public void Report_Monitor_WritesEveryRowWithItsNote()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("overgang-eu-").FullName;
        try
        {
            // When
            var run = CliRun.Of("", "report", "--monitor", "--out", folder, "--no-pdf");

            // Then
            Assert.True(run.ExitCode == 0, run.Error);
            var csv = File.ReadAllText(Path.Combine(folder, "tables", "monitor-eu-figures.csv"));
            var expected = _files.Sum(f => FigureFiles.DataRows(File.ReadAllText(Path.Combine(FigureFiles.Root(), "src", "Overgang.Analysis", "Data", f))).Count);
            Assert.Equal(expected, FigureFiles.DataRows(csv).Count);
            Assert.Contains("Eurostat as consulted on 3 May 2024", csv, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ShippedCopy_HoldsEveryRowOfTheSharedFile_WhereTheSharedFolderIsBesideTheCheckout()
    {
        // The shared folder sits beside the repository on developers' machines and in CI; a clone elsewhere has only the copy.
        var shared = Path.Combine(FigureFiles.Root(), "..", "shared", "domain", "figures-eu.csv");
        if (!File.Exists(shared))
        {
            return;
        }

        var copy = FigureFiles.DataLines(File.ReadAllText(Path.Combine(FigureFiles.Root(), "src", "Overgang.Analysis", "Data", "figures-eu.csv")));
        Assert.Equal(FigureFiles.DataLines(File.ReadAllText(shared)), copy);
    }

    private static Dictionary<string, string> Row(string file, int index)
    {
        var text = File.ReadAllText(Path.Combine(FigureFiles.Root(), "src", "Overgang.Analysis", "Data", file));
        var header = FigureFiles.Fields(FigureFiles.DataLines(text)[0]);
        var fields = FigureFiles.DataRows(text)[index];
        return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
