using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Runs;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Relations edited through <c>PATCH /api/v1/persons/{id}</c> (issue 14 item 7) with the import's rule, and one person
/// decided again through <c>POST /api/v1/persons/{id}/decision</c>.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class RelationEditApiTests(WebServer server)
{
    [Fact]
    public async Task A_partner_relation_ended_and_added_again_changes_both_records_with_the_change_in_the_audit()
    {
        // Given
        var (_, first, second) = RelationTargets.Couple(server, Targets.Of(server).Municipality, 0);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var (v1, v2) = (VersionOf(first), VersionOf(second));

        // When: separated
        using var ended = await PlacementApiTests.SendAsync(client, first, v1, Body("end", "partner", second));

        // Then
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        using (var context = server.Database.Open())
        {
            Assert.Null(context.Persons.AsNoTracking().Single(p => p.Id == first).PartnerId);
            Assert.Null(context.Persons.AsNoTracking().Single(p => p.Id == second).PartnerId);
            var audit = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + second && a.Action == "person.update").OrderByDescending(a => a.Sequence).First();
            Assert.Contains("\"relation.partner\":{\"action\":\"end\",\"relatedId\":\"" + second + "\"}", audit.Data, StringComparison.Ordinal);
        }

        Assert.Equal((v1 + 1, v2 + 1), (VersionOf(first), VersionOf(second)));

        // When: together again
        using var added = await PlacementApiTests.SendAsync(client, second, v2 + 1, Body("add", "partner", first));

        // Then
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var after = server.Database.Open();
        Assert.Equal(second, after.Persons.AsNoTracking().Single(p => p.Id == first).PartnerId);
        Assert.Equal(first, after.Persons.AsNoTracking().Single(p => p.Id == second).PartnerId);
        Assert.True(AuditChain.Verify(after).IsIntact);
    }

    [Fact]
    public async Task Every_field_at_fault_is_named_at_once_and_a_member_of_another_household_gets_the_imports_message()
    {
        // Given
        var targets = Targets.Of(server);
        var (_, first, second) = RelationTargets.Couple(server, targets.Municipality, 1);
        var (_, stranger, _) = RelationTargets.Couple(server, targets.Municipality, 2);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = VersionOf(first);

        // When: neither add nor end, and no one named
        using var bad = await PlacementApiTests.SendAsync(client, first, version, JsonSerializer.Serialize(new { relation = new { action = "split", relation = "sibling" } }));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["relation.action", "relation.relation", "relation.relatedId"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));

        // When: a partner from another household, who has a partner too
        using var other = await PlacementApiTests.SendAsync(client, first, version, Body("add", "partner", stranger));

        // Then: the import's message (the other checks wait until the persons are right); nothing stored
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        var single = await other.Content.ReadFromJsonAsync<JsonElement>();
        using var context = server.Database.Open();
        var persons = context.Persons.AsNoTracking().Where(p => p.Id == first || p.Id == stranger).ToDictionary(p => p.Id);
        Assert.Equal("relation.relatedId", single.GetProperty("field").GetString());
        Assert.EndsWith(Assert.Single(RelationChange.Check(first, stranger, persons[first], persons[stranger])).Message, single.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version, VersionOf(first));
        Assert.Equal(second, persons[first].PartnerId);
    }

    [Fact]
    public async Task A_case_worker_of_another_municipality_is_refused()
    {
        var (_, first, second) = RelationTargets.Couple(server, Targets.Of(server).Municipality, 3);
        using var response = await PlacementApiTests.SendAsync(await Callers.For(server, Who.CaseWorkerOther), first, VersionOf(first), Body("end", "partner", second));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(second, PartnerOf(first));
    }

    [Fact]
    public async Task After_a_change_one_person_is_decided_again_in_the_latest_run_with_an_audit_entry()
    {
        // Given: a separation
        var (_, first, second) = RelationTargets.Couple(server, Targets.Of(server).Municipality, 4);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var ended = await PlacementApiTests.SendAsync(client, first, VersionOf(first), Body("end", "partner", second));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        long latest;
        using (var context = server.Database.Open())
        {
            latest = context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).Max(r => r.Id);
        }

        // When
        using var response = await client.PostAsync(new Uri($"/api/v1/persons/{first}/decision", UriKind.Relative), null);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, body.GetProperty("id").GetString());
        using var after = server.Database.Open();
        var decision = after.Decisions.AsNoTracking().Single(d => d.RunId == latest && d.PersonId == first);
        Assert.Equal(decision.Path, body.GetProperty("path").GetString());
        var entry = after.Audit.AsNoTracking().Where(a => a.Subject == "person:" + first && a.Action == PersonDecisionRun.AuditAction).OrderByDescending(a => a.Sequence).First();
        Assert.EndsWith(":" + Callers.UserName(server, Who.CaseWorkerOwn), entry.Actor, StringComparison.Ordinal);
        Assert.True(AuditChain.Verify(after).IsIntact);

        // And a case worker elsewhere may not
        using var refused = await (await Callers.For(server, Who.CaseWorkerOther)).PostAsync(new Uri($"/api/v1/persons/{first}/decision", UriKind.Relative), null);
        await ApiAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_responsible_adult_ended_is_added_again_from_a_later_day_as_a_second_period_and_an_overlap_is_refused_naming_from()
    {
        // Given: a child's responsible adult, ended on 31 May 2026
        var (_, child, parent) = RelationTargets.ChildAndParent(server, Targets.Of(server).Municipality, 0);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using (var ended = await PlacementApiTests.SendAsync(client, child, VersionOf(child), Body("end", "parent", parent, to: "2026-05-31")))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        // When: added again from the ended period's last day
        var version = VersionOf(child);
        using var overlap = await PlacementApiTests.SendAsync(client, child, version, Body("add", "parent", parent, from: "2026-05-31"));

        // Then: refused, naming the first day, with the shared rule's message; nothing stored
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        var problem = await overlap.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("relation.from", problem.GetProperty("field").GetString());
        Assert.EndsWith($"2026-05-31 is not after 2026-05-31, the last day of {parent}'s period as responsible adult of {child}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version, VersionOf(child));

        // When: added again from 1 September, seen from the adult (a child of this person)
        using var again = await PlacementApiTests.SendAsync(client, parent, VersionOf(parent), Body("add", "child", child, from: "2026-09-01"));

        // Then: the ended period kept, the return the pair's second period, both in the audit chain
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var after = server.Database.Open();
        Assert.Equal(
            [(0, (NodaTime.LocalDate?)null, (NodaTime.LocalDate?)new NodaTime.LocalDate(2026, 5, 31)), (1, new NodaTime.LocalDate(2026, 9, 1), null)],
            after.Parents.AsNoTracking().Where(p => p.PersonId == child && p.ParentId == parent).OrderBy(p => p.Period).AsEnumerable().Select(p => (p.Period, p.Since, p.Until)));
        Assert.True(AuditChain.Verify(after).IsIntact);
    }

    private static string Body(string action, string relation, string relatedId, string? from = null, string? to = null) =>
        from is null && to is null ? Body(action, relation, relatedId) : JsonSerializer.Serialize(new { relation = new { action, relation, relatedId, from, to } });

    private static string Body(string action, string relation, string relatedId) =>
        JsonSerializer.Serialize(new { relation = new { action, relation, relatedId } });

    private string? PartnerOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).PartnerId;
    }

    private long VersionOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).Version;
    }
}
