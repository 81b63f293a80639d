namespace Overgang.Web.Tests.Api;

/// <summary>Who calls, in the scope matrix.</summary>
public enum Who
{
    CaseWorkerOwn,
    CaseWorkerOther,
    Ind,
    Analyst,
    Admin,
    PersonOwn,
    PersonOther,
    Anonymous,
    Departure,
}

/// <summary>
/// Every <c>/api/v1</c> endpoint with the callers it admits; every other caller must be refused (401 anonymous, 403
/// signed in). The test enumerates the running application's endpoints, so a new endpoint without a row here fails.
/// "Own" is the municipality of the target person (persoon-1) and the person themselves; "other" is another case
/// worker's municipality and another person. An admitted call may still answer 400, 404, 412 or 428: it only has to
/// get past the scope check. Add a row per new endpoint: method, route pattern as mapped, URL, body, admitted callers.
/// </summary>
public static class ScopeMatrix
{
    private const string CalcBody = """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1988-04-12", "reception": "municipal" } ] }""";
    private const string DecideBody = """{ "date": "2027-03-04", "persons": [ { "id": "p1", "birthDate": "1985-07-01", "ukrainianResidence": "citizen", "protection": { "memberState": "NL", "since": "2022-04-02" }, "asylumApplication": "none", "publicOrderCheck": "passed" } ] }""";

    private static readonly Who[] Everyone = [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Analyst, Who.Admin, Who.PersonOwn, Who.PersonOther, Who.Anonymous, Who.Departure];
    private static readonly Who[] SignedIn = [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Analyst, Who.Admin, Who.PersonOwn, Who.PersonOther, Who.Departure];
    private static readonly Who[] PersonReaders = [Who.CaseWorkerOwn, Who.Ind, Who.Admin, Who.PersonOwn];

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("POST", "/api/v1/auth/token", _ => "/api/v1/auth/token", "{}", Everyone),
        new("GET", "/api/v1/auth/me", _ => "/api/v1/auth/me", null, SignedIn),
        new("POST", "/api/v1/auth/sign-out", _ => "/api/v1/auth/sign-out", null, SignedIn) { SignsOut = true },
        new("POST", "/api/v1/calc", _ => "/api/v1/calc", CalcBody, Everyone),
        new("POST", "/api/v1/decide", _ => "/api/v1/decide", DecideBody, Everyone),
        new("GET", "/api/v1/persons/", t => "/api/v1/persons?q=" + t.PersonId, null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Admin]),
        new("GET", "/api/v1/persons/{id}", t => "/api/v1/persons/" + t.PersonId, null, PersonReaders),
        new("PATCH", "/api/v1/persons/{id}", t => "/api/v1/persons/" + t.PersonId, "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("GET", "/api/v1/persons/{id}/decisions", t => $"/api/v1/persons/{t.PersonId}/decisions", null, PersonReaders),
        new("POST", "/api/v1/persons/{id}/decision", t => $"/api/v1/persons/{t.PersonId}/decision", null, [Who.CaseWorkerOwn, Who.Ind, Who.Admin]),
        new("GET", "/api/v1/persons/{id}/tasks", t => $"/api/v1/persons/{t.PersonId}/tasks", null, PersonReaders),
        new("GET", "/api/v1/persons/{id}/national-options", t => $"/api/v1/persons/{t.PersonId}/national-options", null, PersonReaders),
        new("POST", "/api/v1/tasks/{taskId:long}/done", t => $"/api/v1/tasks/{t.TaskId}/done", null, [Who.CaseWorkerOwn, Who.Admin]),
        new("GET", "/api/v1/households/{id}", t => "/api/v1/households/" + t.HouseholdId, null, [Who.CaseWorkerOwn, Who.Ind, Who.Admin]),
        new("GET", "/api/v1/work-queue", _ => "/api/v1/work-queue", null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Admin]),
        new("GET", "/api/v1/dashboard", _ => "/api/v1/dashboard", null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Admin, Who.Departure]),
        new("GET", "/api/v1/work-queue/export", _ => "/api/v1/work-queue/export?owner=dtenv", null, [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/work-queue/assignments", _ => "/api/v1/work-queue/assignments", "{}", [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/work-queue/unassignments", _ => "/api/v1/work-queue/unassignments", "{}", [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/work-queue/flag-reviews", _ => "/api/v1/work-queue/flag-reviews", "{}", [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/work-queue/check-outcomes", _ => "/api/v1/work-queue/check-outcomes", "{}", [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/link-candidates/", _ => "/api/v1/link-candidates", null, [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/link-candidates/{id:long}", _ => "/api/v1/link-candidates/1", null, [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/link-candidates/{id:long}/decision", _ => "/api/v1/link-candidates/1/decision", """{ "version": 0, "samePerson": false }""", [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/persons/{id}/transitional-stays/", t => $"/api/v1/persons/{t.PersonId}/transitional-stays", null, PersonReaders),
        new("POST", "/api/v1/persons/{id}/transitional-stays/", t => $"/api/v1/persons/{t.PersonId}/transitional-stays", """{ "kind": "medical-treatment", "from": "2027-03-05", "until": "2027-06-30", "reason": "scope check" }""", [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/me", _ => "/api/v1/me", null, [Who.PersonOwn, Who.PersonOther]),
        new("GET", "/api/v1/me/letter", _ => "/api/v1/me/letter?format=html", null, [Who.PersonOwn, Who.PersonOther]),
        new("GET", "/api/v1/locations/", _ => "/api/v1/locations", null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/locations/{id}", t => "/api/v1/locations/" + t.LocationId, null, [Who.CaseWorkerOwn, Who.Ind, Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/locations/{id}/quality", t => $"/api/v1/locations/{t.LocationId}/quality", null, [Who.CaseWorkerOwn, Who.Ind, Who.Admin]),
        new("POST", "/api/v1/locations/{id}/inspections", t => $"/api/v1/locations/{t.LocationId}/inspections", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/locations/{id}/complaints", t => $"/api/v1/locations/{t.LocationId}/complaints", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/locations/{id}/conversions", t => $"/api/v1/locations/{t.LocationId}/conversions", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/locations/{id}/target-groups", t => $"/api/v1/locations/{t.LocationId}/target-groups", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/locations/{id}/occupancy", t => $"/api/v1/locations/{t.LocationId}/occupancy", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/complaints/{complaintId:long}/status", t => $"/api/v1/complaints/{t.ComplaintId}/status", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("POST", "/api/v1/conversions/{conversionId:long}/done", t => $"/api/v1/conversions/{t.ConversionId}/done", "{}", [Who.CaseWorkerOwn, Who.Admin]),
        new("GET", "/api/v1/analysis/reception", _ => "/api/v1/analysis/reception", null, [Who.Analyst, Who.Admin]),
        new("POST", "/api/v1/runs/", _ => "/api/v1/runs", "{}", [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/runs/", _ => "/api/v1/runs", null, [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/runs/{id:long}", t => "/api/v1/runs/" + t.RunId, null, [Who.Ind, Who.Admin]),
        new("POST", "/api/v1/runs/{id:long}/stop", t => "/api/v1/runs/" + t.RunId + "/stop", null, [Who.Ind, Who.Admin]),
        new("GET", "/api/v1/platform-report/{month}", _ => "/api/v1/platform-report/2026-01", null, [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/projections", _ => "/api/v1/analysis/projections", null, [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/projections/{scenario}", _ => "/api/v1/analysis/projections/ceasefire", null, [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/monitor", _ => "/api/v1/analysis/monitor", null, [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/scorecards/{period}", _ => "/api/v1/analysis/scorecards/2025-06", null, [Who.Analyst, Who.Admin]),
        new("POST", "/api/v1/analysis/scorecards/{period}", _ => "/api/v1/analysis/scorecards/2025-06", "{}", [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/reforms/", _ => "/api/v1/analysis/reforms", null, [Who.Analyst, Who.Admin]),
        new("POST", "/api/v1/analysis/reforms/runs", _ => "/api/v1/analysis/reforms/runs", "{}", [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/analysis/reforms/runs/{id}", _ => "/api/v1/analysis/reforms/runs/0123456789abcdef0123456789abcdef", null, [Who.Analyst, Who.Admin]),
        new("GET", "/api/v1/return-programme/caseload", _ => "/api/v1/return-programme/caseload", null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Analyst, Who.Admin, Who.Departure]),
        new("GET", "/api/v1/return-programme/overview", _ => "/api/v1/return-programme/overview", null, [Who.CaseWorkerOwn, Who.CaseWorkerOther, Who.Ind, Who.Admin, Who.Departure]),
        new("GET", "/api/v1/return-programme/persons/{id}", t => "/api/v1/return-programme/persons/" + t.PersonId, null, [Who.CaseWorkerOwn, Who.Ind, Who.Admin, Who.Departure]),
        new("PATCH", "/api/v1/return-programme/persons/{id}", t => "/api/v1/return-programme/persons/" + t.PersonId, "{}", [Who.Ind, Who.Admin, Who.Departure]),
        new("GET", "/api/v1/analysis/costs", _ => "/api/v1/analysis/costs", null, [Who.Analyst, Who.Admin]),
    ];

    /// <summary>One endpoint: how to call it and who is admitted.</summary>
    public sealed record Row(string Method, string Route, Func<Targets, string> Url, string? Body, IReadOnlyList<Who> Admitted)
    {
        public string Key => Method + " " + Route;

        /// <summary>True when the call revokes the caller's account everywhere: it is made by a stand-in account with the same role and scope.</summary>
        public bool SignsOut { get; init; }
    }
}
