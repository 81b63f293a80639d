using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// The standing fuzz suite of the HTTP API: random query strings and route values for every endpoint under
/// <c>/api/v1</c> (read from the running application's endpoints), and random or mutated JSON bodies for the endpoints
/// that read one. Whatever comes in, the answer is never a 500 (an unhandled exception). Bounded: a fixed number of
/// iterations per test; <c>OVERGANG_FUZZ_SEED</c> replays a failure (CsCheck prints the seed when a case fails).
/// </summary>
public sealed class ApiFuzzTests(FuzzDeployment deployment) : IClassFixture<FuzzDeployment>
{
    private const long Iterations = 150;

    private static readonly string? Seed = Environment.GetEnvironmentVariable("OVERGANG_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Values that have broken parsers before: numbers at the edges, months out of range, non-ASCII, separators.</summary>
    private static readonly Gen<string> Nasty = Gen.OneOf(
        Gen.OneOf<string>("", " ", "0", "-1", "1", "1.5", "abc", "2147483647", "2147483648", "99999999999", "21474838", "-2147483648", "1e309", "NaN",
            "9999-12", "-0001-01", "2026-13", "2026-11", "2027-03-04", "9999-12-31", "0001-01-01", "true", "null", "{}", "[]",
            "\u3000", "\u202E", "é", "Ко", "%", "%00", "../..", "/\\evil.example", "//evil.example", "' OR 1=1 --", new string('x', 3000)),
        Gen.String[Gen.Char, 0, 20]);

    private static readonly string[] QueryNames = ["q", "page", "pageSize", "month", "date", "municipality", "lang", "returnUrl", "id", "kind"];

    private WebServer Server => deployment.Server;

    [Fact]
    public async Task Every_api_endpoint_answers_random_query_strings_and_route_values_without_a_500()
    {
        var endpoints = Server.Endpoints
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct().OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
        Assert.True(endpoints.Count >= 15, "the endpoints were not found: " + endpoints.Count);
        var clients = await ClientsAsync();
        var query = Gen.Select(Gen.OneOf<string>(QueryNames), Nasty).List[0, 4];

        await Gen.Select(Gen.Int[0, endpoints.Count - 1], Nasty, query, Gen.Int[0, clients.Count - 1]).SampleAsync(
            async (endpoint, routeValue, pairs, client) =>
            {
                var (method, pattern) = endpoints[endpoint];
                var path = "/" + System.Text.RegularExpressions.Regex.Replace(pattern, "\\{[^}]+\\}", Uri.EscapeDataString(routeValue));
                var uri = path + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2))));
                using var request = new HttpRequestMessage(new HttpMethod(method), uri);
                if (method is "POST" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await clients[client].SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{method} {uri} as client {client}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            },
            seed: Seed, iter: Iterations * 4, threads: 1);
    }

    [Theory]
    [InlineData("calc")]
    [InlineData("decide")]
    public async Task Calc_and_decide_answer_random_and_mutated_documents_without_a_500(string operation)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contract", operation + "-input.json")))!;
        using var client = await Server.SignedIn(Server.Account(Roles.Analyst).UserName);
        await Bodies(template).SampleAsync(
            async body =>
            {
                using var response = await client.PostAsync(new Uri("/api/v1/" + operation, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                Assert.True((int)response.StatusCode < 500, $"{operation} {body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            },
            seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public async Task A_change_of_facts_answers_random_and_mutated_bodies_without_a_500()
    {
        var template = JsonNode.Parse("""
            { "medicalTreatment": true, "asylumApplication": "withdrawn", "asylumWithdrawnOn": "2026-10-01", "publicOrderCheck": "passed",
              "incomes": [ { "month": "2026-10", "amount": 12.50 }, { "month": "2026-11", "amount": 0 } ] }
            """)!;
        var caseWorker = Server.Account(Roles.CaseWorker);
        using var client = await Server.SignedIn(caseWorker.UserName);
        string person;
        using (var context = Server.Database.Open())
        {
            person = context.Persons.Where(p => p.MunicipalityCode == caseWorker.Scope.Split(' ', StringSplitOptions.None)[0]).OrderBy(p => p.Id).Select(p => p.Id).First();
        }

        await Bodies(template).SampleAsync(
            async body =>
            {
                using var read = await client.GetAsync(new Uri("/api/v1/persons/" + person, UriKind.Relative));
                using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + person) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.IfMatch.Add(read.Headers.ETag!);
                using var response = await client.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"PATCH {body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            },
            seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public async Task Sign_in_and_runs_answer_random_bodies_without_a_500()
    {
        using var admin = await Server.SignedIn(Server.Account(Roles.Admin).UserName);
        using var anonymous = Server.Anonymous();
        var token = JsonNode.Parse("""{ "userName": "nobody", "password": "wrong-password-000" }""")!;
        var run = JsonNode.Parse("""{ "kind": "allowance", "month": "2031-12", "chunkSize": 0 }""")!;
        await Gen.Select(Bodies(token), Bodies(run)).SampleAsync(
            async (tokenBody, runBody) =>
            {
                using var signIn = await anonymous.PostAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new StringContent(tokenBody, Encoding.UTF8, "application/json"));
                Assert.True((int)signIn.StatusCode < 500, $"token {tokenBody}: {(int)signIn.StatusCode}");
                using var started = await admin.PostAsync(new Uri("/api/v1/runs", UriKind.Relative), new StringContent(runBody, Encoding.UTF8, "application/json"));
                Assert.True((int)started.StatusCode < 500, $"runs {runBody}: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
            },
            seed: Seed, iter: Iterations, threads: 1);
    }

    /// <summary>Bodies: mostly the template with one node replaced or removed, sometimes any JSON value, sometimes not JSON.</summary>
    private static Gen<string> Bodies(JsonNode template) => Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, 10_000], Value(2), Gen.Bool).Select((at, value, remove) => Mutate(template, at, value, remove))),
        (2, Value(3).Select(v => v?.ToJsonString() ?? "null")),
        (1, Nasty));

    private static Gen<JsonNode?> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Const((JsonNode?)null),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
            Gen.OneOf<decimal>(0.005m, -1m, 1e20m, 12.345m, 79228162514264337593543950335m).Select(d => (JsonNode?)JsonValue.Create(d)),
            Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : null),
            Nasty.Select(s => (JsonNode?)JsonValue.Create(s)));
        return depth == 0
            ? scalar
            : Gen.Frequency(
                (4, scalar),
                (1, Value(depth - 1).List[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]))),
                (1, Gen.Select(Gen.OneOf(Nasty, Gen.OneOf<string>("id", "month", "amount", "persons", "date", "incomes")), Value(depth - 1)).List[0, 4]
                    .Select(fields =>
                    {
                        var node = new JsonObject();
                        foreach (var field in fields)
                        {
                            node[field.Item1] = field.Item2;
                        }

                        return (JsonNode?)node;
                    })));
    }

    /// <summary>The template with the node at a position (in document order) replaced by a value, or removed.</summary>
    private static string Mutate(JsonNode template, int at, JsonNode? value, bool remove)
    {
        var copy = template.DeepClone();
        var positions = new List<(JsonNode Parent, object Key)>();
        Collect(copy, positions);
        var (parent, key) = positions[at % positions.Count];
        switch (parent, key)
        {
            case (JsonObject o, string name) when remove:
                o.Remove(name);
                break;
            case (JsonObject o, string name):
                o[name] = value;
                break;
            case (JsonArray a, int index) when remove:
                a.RemoveAt(index);
                break;
            case (JsonArray a, int index):
                a[index] = value;
                break;
        }

        return copy.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> positions)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    positions.Add((o, name));
                    if (child is not null)
                    {
                        Collect(child, positions);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    positions.Add((a, i));
                    if (a[i] is { } child)
                    {
                        Collect(child, positions);
                    }
                }

                break;
        }
    }

    private async Task<List<HttpClient>> ClientsAsync() =>
    [
        Server.Anonymous(),
        await Server.SignedIn(Server.Account(Roles.Admin).UserName),
        await Server.SignedIn(Server.Account(Roles.CaseWorker).UserName),
        await Server.SignedIn(Server.Account(Roles.Person).UserName),
        await Server.SignedIn(Server.Account(Roles.Analyst).UserName),
    ];
}
