using Overgang.Cli.Analysis;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Analysis;

/// <summary>
/// Every row of the Dutch figures shipped as data (src/Overgang.Analysis/Data/figures-nl*.csv) is shown by
/// <c>overgang monitor</c>, in its series, in <c>--json</c> and written by <c>overgang report --monitor</c>; the shipped
/// copy equals the shared domain file; every metric has a topic.
/// </summary>
public sealed class MonitorFiguresTests
{
    private static readonly string[] _files = ["figures-nl.csv", "figures-nl-seeds.csv"];
    private static readonly Lazy<string> _monitor = new(() => CliRun.Of("", "monitor").Output);

    public static TheoryData<string, int> Rows()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in _files)
        {
            var rows = FigureFiles.DataRows(Data(file));
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
        var output = _monitor.Value;

        // Then: one line of the Dutch table holds date, metric, value (grouped as in every table), unit and source
        var cells = new[] { row["date"], row["metric"], TablePrinter.Grouped(row["value"]), row["unit"], row["source"] };
        var section = output.Split("Official figures for the Netherlands over time")[1].Split("EU figures per member state")[0];
        Assert.True(
            section.Split('\n').Any(line => cells.All(c => line.Contains(" " + c + " ", StringComparison.Ordinal))),
            $"{file} row {index + 1} ({string.Join(", ", cells)}) is not shown by overgang monitor");
    }

    [Fact]
    public void Monitor_Json_HasEveryRowOfEveryFigureFile_WithSourceAndNote()
    {
        // When
        var run = CliRun.Of("", "monitor", "--json");

        // Then
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var netherlands = json.RootElement.GetProperty("netherlands").EnumerateArray()
            .Select(f => (f.GetProperty("date").GetString(), f.GetProperty("metric").GetString(), f.GetProperty("source").GetString(), f.GetProperty("note").GetString())).ToHashSet();
        foreach (var file in _files)
        {
            foreach (var (row, i) in FigureFiles.DataRows(Data(file)).Select(Zip(file)).Select((r, i) => (r, i)))
            {
                Assert.True(netherlands.Contains((row["date"], row["metric"], row["source"], row["note"])), $"{file} row {i + 1} is not in monitor --json");
            }
        }

        var europe = json.RootElement.GetProperty("europe").GetArrayLength();
        Assert.Equal(FigureFiles.DataRows(Data("figures-eu.csv")).Count + FigureFiles.DataRows(Data("figures-eu-seeds.csv")).Count, europe);
    }

    [Fact]
    public void Monitor_Topic_ShowsTheTopicsSeriesOnly()
    {
        // When
        var run = CliRun.Of("", "monitor", "--topic", "intentions", "--json");

        // Then: the LOCOV intention shares (004:107-116), and nothing else
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var metrics = json.RootElement.GetProperty("netherlands").EnumerateArray().Select(f => f.GetProperty("metric").GetString()).ToList();
        Assert.Equal(5, metrics.Count);
        Assert.All(metrics, m => Assert.StartsWith("locov_", m, StringComparison.Ordinal));
        Assert.Equal(0, json.RootElement.GetProperty("europe").GetArrayLength());
    }

    [Fact]
    public void Monitor_Series_ShowsOneSeriesOverItsDates()
    {
        // When
        var run = CliRun.Of("", "monitor", "--series", "brp_registered_tp");

        // Then: the series table names it with its first and last date and the number of figures
        Assert.True(run.ExitCode == 0, run.Error);
        var section = run.Output.Split("Series of figures")[1].Split("Official figures for the Netherlands")[0];
        var line = Assert.Single(section.Split('\n'), l => l.Contains(" brp_registered_tp ", StringComparison.Ordinal));
        Assert.Contains(" 2024-03-10 ", line, StringComparison.Ordinal);
        Assert.Contains(" 2025-11-02 ", line, StringComparison.Ordinal);
        Assert.Contains(" 135,010 ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("reception_places", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--topic", "weather", "no topic 'weather'")]
    [InlineData("--series", "rainfall", "no series 'rainfall'")]
    public void Monitor_UnknownTopicOrSeries_IsRefused(string option, string value, string message)
    {
        var run = CliRun.Of("", "monitor", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Monitor_WritesEveryRowWithItsNote()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("overgang-nl-").FullName;
        try
        {
            // When
            var run = CliRun.Of("", "report", "--monitor", "--out", folder, "--no-pdf");

            // Then: every row, each with its source and note, in the table and in the HTML report
            Assert.True(run.ExitCode == 0, run.Error);
            var csv = File.ReadAllText(Path.Combine(folder, "tables", "monitor-figures.csv"));
            var written = FigureFiles.DataRows(csv).Select(r => (r[0], r[2], r[5], r[6])).ToHashSet();
            var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(folder, "report.html")));
            foreach (var file in _files)
            {
                foreach (var (row, i) in FigureFiles.DataRows(Data(file)).Select(Zip(file)).Select((r, i) => (r, i)))
                {
                    Assert.True(written.Contains((row["date"], row["metric"], row["source"], row["note"])), $"{file} row {i + 1} is not in monitor-figures.csv");
                    Assert.True(html.Contains(row["metric"], StringComparison.Ordinal) && html.Contains(row["source"], StringComparison.Ordinal), $"{file} row {i + 1} is not in report.html");
                }
            }

            Assert.Equal(_files.Sum(f => FigureFiles.DataRows(Data(f)).Count), FigureFiles.DataRows(csv).Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("figures-nl.csv")]
    [InlineData("figures-eu.csv")]
    public void ShippedCopy_EqualsTheSharedFile_WhereTheSharedFolderIsBesideTheCheckout(string file)
    {
        // The shared folder sits beside the repository on developers' machines and in CI; a clone elsewhere has only the copy.
        var shared = Path.Combine(FigureFiles.Root(), "..", "shared", "domain", file);
        if (!File.Exists(shared))
        {
            return;
        }

        Assert.Equal(FigureFiles.DataLines(File.ReadAllText(shared)), FigureFiles.DataLines(Data(file)));
    }

    [Fact]
    public void EveryMetric_HasATopic()
    {
        var topics = FigureFiles.DataRows(Data("figure-series.csv")).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var metrics = _files.SelectMany(f => FigureFiles.DataRows(Data(f)).Select(Zip(f)).Select(r => r["metric"]))
            .Concat(new[] { "figures-eu.csv", "figures-eu-seeds.csv" }.SelectMany(f => FigureFiles.DataRows(Data(f)).Select(Zip(f)).Select(r => r["metric"])));
        Assert.All(metrics.Distinct(), m => Assert.True(topics.Contains(m), $"{m} has no topic in figure-series.csv"));
    }

    private static string Data(string file) => File.ReadAllText(Path.Combine(FigureFiles.Root(), "src", "Overgang.Analysis", "Data", file));

    private static Func<List<string>, Dictionary<string, string>> Zip(string file)
    {
        var header = FigureFiles.Fields(FigureFiles.DataLines(Data(file))[0]);
        return fields => header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Row(string file, int index) => Zip(file)(FigureFiles.DataRows(Data(file))[index]);
}
