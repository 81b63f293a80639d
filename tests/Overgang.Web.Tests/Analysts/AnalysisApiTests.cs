using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Overgang.Testing;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;
using Xunit.Abstractions;

namespace Overgang.Web.Tests.Analysts;

/// <summary>
/// <c>/api/v1/analysis</c> and the analyst pages' downloads: the projections (the numbers of <c>overgang project</c>'s
/// tables), the monitor with every row of the official-figure files, and no personal data anywhere.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class AnalysisApiTests(WebServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task The_scenarios_are_those_of_the_assumptions_file()
    {
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/analysis/projections", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ProjectionData.Default.Scenarios.Select(s => s.Id), body.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("2025-01", body.GetProperty("start").GetString());
        Assert.Equal(Projection.DefaultDraws, body.GetProperty("draws").GetInt32());
        Assert.All(body.GetProperty("scenarios").EnumerateArray(), s => Assert.StartsWith("/api/v1/analysis/projections/", s.GetProperty("href").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scenario_has_the_numbers_of_the_command_lines_tables_and_is_answered_from_memory_the_second_time()
    {
        // Given: the tables overgang project and overgang report print for the scenario
        var data = ProjectionData.Default;
        Assert.True(Projection.TryFind(data, "front-collapse", out var scenario));
        var result = Projection.Run(data, scenario);
        var population = ProjectionTables.Series(result, "population");
        var backTest = ProjectionTables.BackTestTable(BackTest.Run(data));
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);

        // When: asked twice
        var watch = Stopwatch.StartNew();
        var first = await client.GetStringAsync(new Uri("/api/v1/analysis/projections/front-collapse", UriKind.Relative));
        var firstTime = watch.Elapsed;
        watch.Restart();
        var second = await client.GetStringAsync(new Uri("/api/v1/analysis/projections/front-collapse", UriKind.Relative));
        var secondTime = watch.Elapsed;
        output.WriteLine($"GET /api/v1/analysis/projections/front-collapse: first {firstTime.TotalMilliseconds:F0} ms, cached {secondTime.TotalMilliseconds:F0} ms");

        // Then: the median, the band and the back-test as the tables give them, the same both times, the second faster
        Assert.Equal(first, second);
        Assert.True(secondTime < firstTime, $"cached {secondTime} is not faster than first {firstTime}");
        var body = JsonDocument.Parse(first).RootElement;
        Assert.Equal("front-collapse", body.GetProperty("scenario").GetProperty("id").GetString());
        Assert.Equal(Projection.SeriesIds, body.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        var series = body.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "population");
        var months = body.GetProperty("months").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(population.Rows.Select(r => r[0]), months);
        for (var t = 0; t < population.Rows.Length; t++)
        {
            Assert.Equal(population.Rows[t][1], series.GetProperty("p10")[t].GetInt64().ToString(CultureInfo.InvariantCulture));
            Assert.Equal(population.Rows[t][2], series.GetProperty("p50")[t].GetInt64().ToString(CultureInfo.InvariantCulture));
            Assert.Equal(population.Rows[t][3], series.GetProperty("p90")[t].GetInt64().ToString(CultureInfo.InvariantCulture));
        }

        var figures = body.GetProperty("backTest").GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(backTest.Rows.Length, figures.Count);
        Assert.Equal(backTest.Rows.Select(r => r[4]), figures.Select(f => f.GetProperty("p50").GetInt64().ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_404_problem_naming_it()
    {
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/analysis/projections/no-such-war", UriKind.Relative));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains("'no-such-war'", detail, StringComparison.Ordinal);
        Assert.Contains("ceasefire", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_monitor_api_has_every_row_of_the_official_figure_files()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/analysis/monitor", UriKind.Relative))).RootElement;

        var netherlands = body.GetProperty("netherlands").EnumerateArray()
            .Select(f => (f.GetProperty("date").GetString(), "NL", f.GetProperty("metric").GetString(), f.GetProperty("value").GetDouble(), f.GetProperty("source").GetString())).ToList();
        var europe = body.GetProperty("europe").EnumerateArray()
            .Select(f => (f.GetProperty("date").GetString(), f.GetProperty("memberState").GetString(), f.GetProperty("metric").GetString(), f.GetProperty("value").GetDouble(), f.GetProperty("source").GetString())).ToList();
        foreach (var row in OfficialFigureFiles.Netherlands)
        {
            Assert.Contains((row.Date, "NL", row.Metric, row.Value, row.Source), netherlands);
        }

        foreach (var row in OfficialFigureFiles.Europe)
        {
            Assert.Contains((row.Date, row.MemberState, row.Metric, row.Value, row.Source), europe);
        }

        Assert.True(body.GetProperty("periods").GetArrayLength() >= 2);
        Assert.NotEmpty(body.GetProperty("changes")[0].GetProperty("factors").EnumerateArray());
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("uk")]
    [InlineData("en")]
    public async Task The_monitor_page_shows_every_row_of_the_official_figure_files_with_its_value(string language)
    {
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/analysis/monitor?lang=" + language, UriKind.Relative)));
        foreach (var row in OfficialFigureFiles.Netherlands.Concat(OfficialFigureFiles.Europe))
        {
            var key = $"{row.Metric}/{row.MemberState}/{row.Date}";
            var cells = Regex.Match(html, "<tr[^>]*data-key=\"" + Regex.Escape(key) + "\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
            Assert.True(cells.Success, $"figure {key} of the CSV is not on the {language} page");
            Assert.Contains(OfficialFigureFiles.Shown(row.Value, row.Unit, language), cells.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_downloads_are_the_command_lines_report_and_tables()
    {
        var data = ProjectionData.Default;
        Assert.True(Projection.TryFind(data, "early-end", out var scenario));
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);

        using var html = await client.GetAsync(new Uri("/analysis/projections/early-end/report.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var csv = await client.GetAsync(new Uri("/analysis/projections/early-end/tables/projection-reception.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(ProjectionTables.Series(Projection.Run(data, scenario), "reception").ToCsv(), await csv.Content.ReadAsStringAsync());

        using var monitor = await client.GetAsync(new Uri("/analysis/monitor/tables/monitor-eu-figures.csv", UriKind.Relative));
        Assert.Equal(MonitorTables.EuFigures().ToCsv(), await monitor.Content.ReadAsStringAsync());

        using var unknown = await client.GetAsync(new Uri("/analysis/projections/no-such-war/report.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // The PDF: printed by Chromium where it is installed, otherwise a 503 that says so; never a 500
        using var pdf = await client.GetAsync(new Uri("/analysis/monitor/report.pdf?lang=en", UriKind.Relative));
        if (Overgang.Letters.ChromiumPdfRenderer.FindChromium() is null)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
            Assert.Contains("Chromium is not installed", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("ind")]
    [InlineData("person")]
    public async Task Other_roles_are_refused_the_pages_and_downloads(string role)
    {
        using var client = await server.SignedIn(server.Account(role).UserName);
        foreach (var path in new[] { "/analysis", "/analysis/projections/ceasefire", "/analysis/monitor", "/analysis/monitor/report.html", "/analysis/projections/ceasefire/tables/projection-population.csv" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task No_answer_of_the_analyst_area_contains_a_persons_id_or_name()
    {
        // Given: persons of the registry
        List<(string Id, string FamilyName, string GivenName)> persons;
        using (var context = server.Database.Open())
        {
            persons = [.. context.Persons.AsNoTracking().OrderBy(p => p.Id).Take(200).Select(p => new { p.Id, p.FamilyName, p.GivenName }).AsEnumerable().Select(p => (p.Id, p.FamilyName, p.GivenName))];
        }

        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        foreach (var path in new[]
        {
            "/api/v1/analysis/projections", "/api/v1/analysis/projections/protracted-war", "/api/v1/analysis/monitor",
            "/analysis", "/analysis/projections", "/analysis/projections/protracted-war", "/analysis/monitor",
            "/analysis/projections/protracted-war/report.html", "/analysis/monitor/report.html",
        })
        {
            // When
            var body = await client.GetStringAsync(new Uri(path, UriKind.Relative));

            // Then
            Assert.All(persons, p =>
            {
                Assert.DoesNotContain(p.Id, body, StringComparison.Ordinal);
                Assert.DoesNotContain(p.FamilyName + ", " + p.GivenName, body, StringComparison.Ordinal);
                Assert.DoesNotContain(p.GivenName + " " + p.FamilyName, body, StringComparison.Ordinal);
            });
        }
    }
}

/// <summary>The official-figure files read here, independently of the code under test.</summary>
internal static class OfficialFigureFiles
{
    public static IReadOnlyList<(string Date, string MemberState, string Metric, double Value, string Unit, string Source)> Netherlands { get; } =
        [.. Read("src/Overgang.Analysis/Data/figures-nl.csv", memberState: false), .. Read("src/Overgang.Analysis/Data/figures-nl-seeds.csv", memberState: false)];

    public static IReadOnlyList<(string Date, string MemberState, string Metric, double Value, string Unit, string Source)> Europe { get; } =
        [.. Read("src/Overgang.Analysis/Data/figures-eu.csv", memberState: true), .. Read("src/Overgang.Analysis/Data/figures-eu-seeds.csv", memberState: true)];

    /// <summary>A value as the page shows it: thousands grouped, a decimal comma in Dutch and Ukrainian, a percent sign.</summary>
    public static string Shown(double value, string unit, string language)
    {
        var whole = value == Math.Round(value);
        var text = whole ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture);
        text = language switch
        {
            "nl" => text.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.'),
            "uk" => text.Replace(',', '\u202F').Replace('.', ','),
            _ => text,
        };
        return unit == "percent" ? text + (language == "uk" ? " %" : "%") : text;
    }

    private static List<(string, string, string, double, string, string)> Read(string file, bool memberState)
    {
        var lines = File.ReadAllLines(ReleaseFiles.PathOf(file)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = Fields(lines[0]);
        var rows = lines.Skip(1).Select(Fields).Select(f => (
            f[header.IndexOf("date")],
            memberState ? f[header.IndexOf("member_state")] : "NL",
            f[header.IndexOf("metric")],
            double.Parse(f[header.IndexOf("value")], CultureInfo.InvariantCulture),
            f[header.IndexOf("unit")],
            f[header.IndexOf("source")])).ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
