using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Linkage.Files;
using Overgang.Linkage.Names;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;
using Overgang.Registry.Linkage;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Linkage;

[Collection(ApiFixtures.Name)]
public sealed class LinkReviewApiTests(WebServer server)
{
    [Fact]
    public async Task Decide_SamePerson_ThroughTheApi_AddsTheOtherRegistration_AndAuditsReadsAndDecision()
    {
        // Given: a Polish registration of one adult, written the Polish way, linked into the review queue
        using var context = server.Database.Open();
        var twice = context.Protections.AsNoTracking().Where(p => p.MemberState != "NL").Select(p => p.PersonId).ToHashSet();
        var person = context.Persons.AsNoTracking().OrderByDescending(p => p.Id).AsEnumerable()
            .First(p => p.FamilyNameCyrillic is not null && !twice.Contains(p.Id) && p.BirthDate.Year < 1990);
        var record = new LinkRecord("PL-API-1", Transliteration.Render(person.FamilyNameCyrillic!, TransliterationSystem.Polish),
            Transliteration.Render(person.GivenNameCyrillic!, TransliterationSystem.Polish), LinkDate.From(person.BirthDate), person.Sex, null, null);
        LinkageRun.AgainstFile(context, [new IncomingRegistration("PL-API-1", "PL", new NodaTime.LocalDate(2022, 5, 2), record, null)], null, LinkageParameters.Default, "pl.csv", "system:link", server.Clock.GetCurrentInstant(), seed: 1);
        var candidate = context.LinkCandidates.AsNoTracking().Single(c => c.ForeignRecordId == "PL-API-1");
        var client = await Callers.For(server, Who.Ind);

        // When
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/link-candidates?pageSize=100", UriKind.Relative));
        using var stale = await client.PostAsJsonAsync(new Uri($"/api/v1/link-candidates/{candidate.Id}/decision", UriKind.Relative), new { version = candidate.Version + 1, samePerson = true });
        using var decided = await client.PostAsJsonAsync(new Uri($"/api/v1/link-candidates/{candidate.Id}/decision", UriKind.Relative), new { version = candidate.Version, samePerson = true, reason = "same passport" });

        // Then
        var listed = page.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == candidate.Id);
        Assert.Equal(person.FamilyName, listed.GetProperty("registry").GetProperty("familyName").GetString());
        Assert.Equal("PL", listed.GetProperty("other").GetProperty("register").GetString());
        Assert.Contains(listed.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("field").GetString() == "birth-date" && e.GetProperty("outcome").GetString() == "agree");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("same-person", (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Contains(context.Protections.AsNoTracking(), p => p.PersonId == person.Id && p.MemberState == "PL");
        Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "link.decide" && a.Subject == person.Id);
        Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "person.read" && a.Subject == "person:" + person.Id && a.Reason == "link-candidates");
    }
}
