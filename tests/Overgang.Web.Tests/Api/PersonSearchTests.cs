using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Linkage.Names;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary><c>GET /api/v1/persons</c>: every way of finding a person, filters, sorting and bad values (the page calls the same use case).</summary>
[Collection(ApiFixtures.Name)]
public sealed class PersonSearchTests(WebServer server)
{
    [Fact]
    public async Task Search_ByEveryKindOfQuery_FindsThePerson()
    {
        // Given: a person of the case worker's municipality with names in both scripts and both numbers
        var targets = Targets.Of(server);
        using var context = server.Database.Open();
        var person = context.Persons.AsNoTracking()
            .Where(p => p.MunicipalityCode == targets.Municipality && p.GivenNameCyrillic != null && p.Bsn != null && p.VNumber != null)
            .OrderBy(p => p.Id).First();
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var queries = new[]
        {
            person.FamilyNameCyrillic + " " + person.GivenNameCyrillic,
            person.GivenNameCyrillic + " " + person.FamilyNameCyrillic,
            person.GivenName.ToUpperInvariant() + " " + person.FamilyName.ToLowerInvariant(),
            Transliteration.Render(person.GivenNameCyrillic!, TransliterationSystem.PassportRussian) + " " + Transliteration.Render(person.FamilyNameCyrillic!, TransliterationSystem.PassportRussian),
            Transliteration.Render(person.FamilyNameCyrillic!, TransliterationSystem.PassportRussian) + ", " + person.GivenName.Replace("kh", "h", StringComparison.Ordinal).Replace("ks", "x", StringComparison.Ordinal),
            person.BirthDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            Dutch(person.BirthDate),
            person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            person.Bsn!,
            person.VNumber!,
            person.Id,
            person.HouseholdId,
        };

        foreach (var q in queries)
        {
            // When
            var found = await Ids(client, $"q={Uri.EscapeDataString(q)}&pageSize=100");

            // Then
            Assert.True(found.Contains(person.Id), $"'{q}' did not find {person.Id}");
        }

        Assert.Equal([person.Id], await Ids(client, "q=" + person.Bsn));
    }

    [Fact]
    public async Task Search_SortedByDateOfBirthDescendingAndFilteredByStatus_KeepsOrderAndFilter()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.Admin);

        // When
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons?municipality={targets.Municipality}&sort=-birthDate&pageSize=50", UriKind.Relative));
        var pending = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons?municipality={targets.Municipality}&status=pending&pageSize=50", UriKind.Relative));

        // Then
        var births = page.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("birthDate").GetString()!).ToList();
        Assert.NotEmpty(births);
        Assert.Equal(births.OrderDescending(StringComparer.Ordinal), births);
        Assert.All(page.GetProperty("persons").EnumerateArray(), p => Assert.Equal(targets.Municipality, p.GetProperty("municipalityCode").GetString()));
        Assert.All(pending.GetProperty("persons").EnumerateArray(), p => Assert.Equal("pending", p.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("q=Kovalenko&municipality=GM9999", "municipality")]
    [InlineData("q=Kovalenko&location=nowhere", "location")]
    [InlineData("q=Kovalenko&path=somewhere", "path")]
    [InlineData("q=Kovalenko&status=maybe", "status")]
    [InlineData("q=Kovalenko&sort=shoe", "sort")]
    [InlineData("q=a%00b", "q")]
    [InlineData("q=", "q")]
    public async Task Search_WithAnUnknownValue_Is400NamingTheField(string query, string field)
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri("/api/v1/persons?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Search_ACaseWorkerAskingForAnotherMunicipality_IsRefused()
    {
        var targets = Targets.Of(server);
        using var context = server.Database.Open();
        var other = context.Municipalities.AsNoTracking().Select(m => m.Code).First(c => c != targets.Municipality);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var response = await client.GetAsync(new Uri("/api/v1/persons?q=Kovalenko&municipality=" + other, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Search_ByBsn_AuditsTheSearchWithoutTheNumberInClear()
    {
        var targets = Targets.Of(server);
        using var context = server.Database.Open();
        var bsn = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == targets.Municipality && p.Bsn != null).Select(p => p.Bsn!).First();
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        (await client.GetAsync(new Uri("/api/v1/persons?q=" + bsn, UriKind.Relative))).EnsureSuccessStatusCode();
        var entry = context.Audit.AsNoTracking().Where(a => a.Action == "person.search").OrderByDescending(a => a.Sequence).First();
        Assert.Equal(Overgang.Web.Persons.PersonSearch.Pseudonym(context.AuditKey, "BSN", bsn), entry.Reason);
        Assert.DoesNotContain(bsn[^3..], entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByVNumber_OrWithABsnAmongNames_AuditsAPseudonymNeverTheNumber()
    {
        var targets = Targets.Of(server);
        using var context = server.Database.Open();
        var person = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == targets.Municipality && p.Bsn != null && p.VNumber != null).Select(p => new { Bsn = p.Bsn!, VNumber = p.VNumber! }).First();
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        (await client.GetAsync(new Uri("/api/v1/persons?q=V" + person.VNumber, UriKind.Relative))).EnsureSuccessStatusCode();
        var byVNumber = context.Audit.AsNoTracking().Where(a => a.Action == "person.search").OrderByDescending(a => a.Sequence).First();
        (await client.GetAsync(new Uri("/api/v1/persons?q=Kovalenko%20" + person.Bsn, UriKind.Relative))).EnsureSuccessStatusCode();
        var mixed = context.Audit.AsNoTracking().Where(a => a.Action == "person.search").OrderByDescending(a => a.Sequence).First();

        Assert.Equal(Overgang.Web.Persons.PersonSearch.Pseudonym(context.AuditKey, "V-number", person.VNumber), byVNumber.Reason);
        Assert.Equal("Kovalenko " + Overgang.Web.Persons.PersonSearch.Pseudonym(context.AuditKey, "BSN", person.Bsn), mixed.Reason);
        Assert.All(new[] { byVNumber, mixed }, e => Assert.DoesNotContain(person.VNumber, e.Reason + e.Data, StringComparison.Ordinal));
        Assert.DoesNotContain(person.Bsn, mixed.Reason + mixed.Data, StringComparison.Ordinal);
    }

    private static async Task<List<string>> Ids(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/persons?" + query, UriKind.Relative));
        return [.. page.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }

    private static readonly string[] _dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static string Dutch(NodaTime.LocalDate date) => $"{date.Day} {_dutchMonths[date.Month - 1]} {date.Year}";
}
