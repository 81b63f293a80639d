using System.Collections.Concurrent;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;

namespace Overgang.Web.Tests.Support;

/// <summary>Signed-in clients per server and kind of caller, made once per test run (a client of one test server is never handed to a test of another, whose address differs).</summary>
public static class Callers
{
    private static readonly ConcurrentDictionary<(WebServer Server, Who Who), Task<HttpClient>> _clients = new();

    public static Task<HttpClient> For(WebServer server, Who who) => _clients.GetOrAdd((server, who), key => Make(key.Server, key.Who));

    public static string UserName(WebServer server, Who who)
    {
        var caseWorkers = server.Accounts.Where(a => a.Role == Roles.CaseWorker).ToList();
        var persons = server.Accounts.Where(a => a.Role == Roles.Person).ToList();
        var own = Targets.Of(server).Municipality;
        return who switch
        {
            Who.CaseWorkerOwn => caseWorkers.First(a => a.Scope.StartsWith(own + " ", StringComparison.Ordinal)).UserName,
            Who.CaseWorkerOther => caseWorkers.First(a => !a.Scope.StartsWith(own + " ", StringComparison.Ordinal)).UserName,
            Who.Ind => server.Account(Roles.Ind).UserName,
            Who.Analyst => server.Account(Roles.Analyst).UserName,
            Who.Admin => server.Account(Roles.Admin).UserName,
            Who.Departure => server.Account(Roles.Departure).UserName,
            Who.PersonOwn => persons[0].UserName,
            Who.PersonOther => persons[1].UserName,
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
    }

    private static Task<HttpClient> Make(WebServer server, Who who) =>
        who == Who.Anonymous ? Task.FromResult(server.Anonymous()) : server.SignedIn(UserName(server, who));
}
