using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysis;

[Collection(ApiFixtures.Name)]
public sealed class ReformApiTests(WebServer server)
{
    private const string Malformed = """
        reform: broken
        title: A reform that changes a parameter the rules do not have
        description: For the test of the error message.
        changes:
          - id: contribution.operating-typo
            rationale: none
            values:
              - { from: 2026-12-01, value: 105.00, source: R6 }
        """;

    [Fact]
    public async Task The_shipped_reforms_are_listed_with_their_titles()
    {
        var client = await Callers.For(server, Who.Analyst);
        var reforms = await client.GetFromJsonAsync<JsonElement>("/api/v1/analysis/reforms");
        var contribution = reforms.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "contribution-105");
        Assert.StartsWith("Operating part of the own contribution back to", contribution.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["contribution.operating"], contribution.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(5, reforms.GetArrayLength());
    }

    [Fact]
    public async Task A_run_starts_in_the_background_and_ends_with_the_tables_of_simulate()
    {
        // Given
        var client = await Callers.For(server, Who.Analyst);

        // When
        var run = await ReformRuns.StartAsync(client, "contribution-105");
        var state = await ReformRuns.WaitAsync(client, run);

        // Then: the same tables, cell for cell, as the command line's table builder gives for the same registry
        Assert.Matches("^/api/v1/analysis/reforms/runs/[0-9a-f]{32}$", run.OriginalString);
        Assert.Equal("finished", state.GetProperty("status").GetString());
        Assert.Equal(100, state.GetProperty("percent").GetInt32());
        var tables = state.GetProperty("result").GetProperty("tables");
        var expected = ReformRuns.Expected(server, "contribution-105");
        Assert.Equal(expected.Select(t => t.Id), tables.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        foreach (var (table, json) in expected.Zip(tables.EnumerateArray()))
        {
            Assert.Equal(table.Rows.Select(r => string.Join("|", r)), json.GetProperty("rows").EnumerateArray().Select(r => string.Join("|", r.EnumerateArray().Select(c => c.GetString()))));
        }

        // the reform changes the contribution: the months table is not all zeros
        Assert.Contains(expected.Single(t => t.Id == "reform-months").Rows, r => r[6] != "0.00");
        Assert.Equal(WebServer.Persons, state.GetProperty("result").GetProperty("persons").GetInt32());
    }

    [Fact]
    public async Task A_reform_file_as_the_body_runs_and_a_malformed_one_is_refused_naming_the_line()
    {
        var client = await Callers.For(server, Who.Analyst);

        using var bad = new StringContent(Malformed, Encoding.UTF8, "application/yaml");
        using var refused = await client.PostAsync(new Uri("/api/v1/analysis/reforms/runs", UriKind.Relative), bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.StartsWith("body: line 5: parameter contribution.operating-typo is not in the parameter tree", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var good = new StringContent(Malformed.Replace("operating-typo", "operating", StringComparison.Ordinal), Encoding.UTF8, "application/yaml");
        using var accepted = await client.PostAsync(new Uri("/api/v1/analysis/reforms/runs", UriKind.Relative), good);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var state = await ReformRuns.WaitAsync(client, accepted.Headers.Location!);
        Assert.Equal("finished", state.GetProperty("status").GetString());
        Assert.False(state.GetProperty("shipped").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_reform_or_run_is_a_problem()
    {
        var client = await Callers.For(server, Who.Admin);
        using var unknown = await client.PostAsJsonAsync("/api/v1/analysis/reforms/runs", new { reform = "no-such-reform" });
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.BadRequest, "reform");

        using var missing = await client.GetAsync(new Uri("/api/v1/analysis/reforms/runs/0123456789abcdef0123456789abcdef", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var page = await client.GetAsync(new Uri("/analysis/reforms/0123456789abcdef0123456789abcdef", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task The_report_downloads_as_html_and_pdf()
    {
        var client = await Callers.For(server, Who.Analyst);
        var run = await ReformRuns.StartAsync(client, "hand-over-earlier");
        Assert.Equal("finished", (await ReformRuns.WaitAsync(client, run)).GetProperty("status").GetString());
        var id = run.OriginalString.Split('/')[^1];

        using var html = await client.GetAsync(new Uri($"/analysis/reforms/{id}/report.html", UriKind.Relative));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Reform hand-over-earlier:", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Without Chromium, or when it fails (times out on a busy machine), the answer sends the analyst back to the
        // result page, which says so: never a server error.
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress };
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        using var pdf = await noRedirects.GetAsync(new Uri($"/analysis/reforms/{id}/report.pdf", UriKind.Relative));
        if (pdf.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Matches($"^/analysis/reforms/{id}\\?pdf=(missing|failed)$", pdf.Headers.Location!.OriginalString);
            Assert.True(Overgang.Letters.ChromiumPdfRenderer.FindChromium() is null || pdf.Headers.Location.OriginalString.EndsWith("failed", StringComparison.Ordinal));
            return;
        }

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_the_answers_nor_the_pages_nor_the_downloads_show_a_person()
    {
        // Given: a finished run
        var client = await Callers.For(server, Who.Analyst);
        var run = await ReformRuns.StartAsync(client, "early-end-2026-12-31");
        var state = await ReformRuns.WaitAsync(client, run);
        Assert.Equal("finished", state.GetProperty("status").GetString());
        var id = run.OriginalString.Split('/')[^1];

        // When: everything an analyst can read about it
        var texts = new List<(string What, string Text)>
        {
            ("api list", await client.GetStringAsync(new Uri("/api/v1/analysis/reforms", UriKind.Relative))),
            ("api run", state.GetRawText()),
            ("page list", await client.GetStringAsync(new Uri("/analysis/reforms?lang=en", UriKind.Relative))),
            ("page result", await client.GetStringAsync(new Uri($"/analysis/reforms/{id}?lang=en", UriKind.Relative))),
            ("report", await client.GetStringAsync(new Uri($"/analysis/reforms/{id}/report.html", UriKind.Relative))),
        };

        // Then
        Assert.Contains("data-chart=\"municipality-change\"", texts[3].Text, StringComparison.Ordinal);
        foreach (var (what, text) in texts)
        {
            Assert.True(ReformRuns.PersonalData(server, text) is { Count: 0 } found, what + " shows " + string.Join(", ", ReformRuns.PersonalData(server, text).Take(5)));
        }

        var (ids, _) = ReformRuns.Persons(server);
        Assert.NotEmpty(ReformRuns.PersonalData(server, "a page that shows " + ids[0]));
    }

    [Fact]
    public async Task The_tables_download_as_one_csv_per_table()
    {
        var client = await Callers.For(server, Who.Admin);
        var run = await ReformRuns.StartAsync(client, "threshold-100");
        Assert.Equal("finished", (await ReformRuns.WaitAsync(client, run)).GetProperty("status").GetString());
        var id = run.OriginalString.Split('/')[^1];
        await using var zip = await client.GetStreamAsync(new Uri($"/analysis/reforms/{id}/tables.zip", UriKind.Relative));
        using var archive = new System.IO.Compression.ZipArchive(zip);
        Assert.Contains("summary.csv", archive.Entries.Select(e => e.Name));
        Assert.Contains("reform-months.csv", archive.Entries.Select(e => e.Name));
        var expected = ReformRuns.Expected(server, "threshold-100").Single(t => t.Id == "reform-months").ToCsv();
        using var reader = new StreamReader(archive.GetEntry("reform-months.csv")!.Open());
        Assert.Equal(expected, await reader.ReadToEndAsync());
    }
}
