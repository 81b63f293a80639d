using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Countries;

[Collection(ApiFixtures.Name)]
public sealed class NationalOptionApiTests(WebServer server)
{
    [Fact]
    public async Task Read_PersonAlsoProtectedInCzechiaTooShort_SaysNotEligibleInTheReadersLanguage_AndIsAudited()
    {
        // Given: a person protected in the Netherlands, and in Czechia since six months before today
        using var context = server.Database.Open();
        var elsewhere = context.Protections.AsNoTracking().Where(p => p.MemberState != "NL").Select(p => p.PersonId).ToHashSet();
        var person = context.Persons.AsNoTracking().OrderBy(p => p.Id).Skip(400).AsEnumerable().First(p => !elsewhere.Contains(p.Id));
        var today = Overgang.Rules.LegalDay.Today(server.Clock);
        var registration = new ProtectionRegistration { PersonId = person.Id, MemberState = "CZ", Since = today.PlusMonths(-6) };
        context.Protections.Add(registration);
        context.SaveChanges();
        try
        {
            var client = await Callers.For(server, Who.Ind);

            // When
            var dutch = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{person.Id}/national-options?lang=nl", UriKind.Relative));
            var ukrainian = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{person.Id}/national-options?lang=uk", UriKind.Relative));
            using var wrong = await client.GetAsync(new Uri($"/api/v1/persons/{person.Id}/national-options?lang=de", UriKind.Relative));

            // Then: the Dutch options are left to the decision; the Czech status is not within reach, and says why
            Assert.Equal("nl", dutch.GetProperty("language").GetString());
            var options = dutch.GetProperty("options").EnumerateArray().ToList();
            Assert.All(options.Where(o => o.GetProperty("memberState").GetString() == "NL"), o => Assert.Equal("decided-by-transition", o.GetProperty("outcome").GetString()));
            var czech = Assert.Single(options, o => o.GetProperty("memberState").GetString() == "CZ");
            Assert.Equal("cz.special-long-term-residence", czech.GetProperty("option").GetString());
            Assert.Equal("not-eligible", czech.GetProperty("outcome").GetString());
            var steps = czech.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
            Assert.StartsWith("Bijzondere vergunning voor langdurig verblijf (ZDP) (Tsjechië): niet mogelijk", steps[0], StringComparison.Ordinal);
            Assert.Contains(steps, s => s.StartsWith("niet voldaan: minstens 2 jaar tijdelijke bescherming in Tsjechië", StringComparison.Ordinal));
            Assert.Contains(steps, s => s.StartsWith("onbekend: economische zelfstandigheid", StringComparison.Ordinal));
            Assert.DoesNotContain(steps, s => s.Contains("country.", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(s, @"\d{4}-\d{2}-\d{2}"));
            var ukrainianCzech = Assert.Single(ukrainian.GetProperty("options").EnumerateArray(), o => o.GetProperty("memberState").GetString() == "CZ");
            Assert.StartsWith("Спеціальний дозвіл на довгострокове проживання (ZDP) (Чехія): неможливо", ukrainianCzech.GetProperty("steps")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "person.read" && a.Subject == "person:" + person.Id && a.Reason == "person.national-options");
        }
        finally
        {
            context.Protections.Remove(registration);
            context.SaveChanges();
        }
    }
}
