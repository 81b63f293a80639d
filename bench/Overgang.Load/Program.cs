using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Overgang.Load;

// Usage: Overgang.Load BASE_URL USER PASSWORD [rate=200] [seconds=30] [clients=16]
//        Overgang.Load pages BASE_URL PASSWORD [rounds=30] [case-worker account]   (page times, bench/pages.sh)
if (args.Length > 0 && args[0] == "pages")
{
    return await PageTimes.RunAsync(args[1..]);
}

var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5180");
var user = args.Length > 1 ? args[1] : "admin";
var password = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("OVERGANG_DEMO_PASSWORD") ?? "";
var rate = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30;
var clients = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 16;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
using (var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password }))
{
    token.EnsureSuccessStatusCode();
    var body = await token.Content.ReadFromJsonAsync<JsonElement>();
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
}

// Family-name prefixes of the generated population (transliterated), for the search workload and to find households.
string[] prefixes = ["Kov", "Shev", "Bon", "Tka", "Kra", "Mel", "Boi", "Oli", "Pol", "Lys", "Mor", "Mar", "Sav", "Rud", "Pet", "Kly", "Pav", "Kuz", "Lev", "Hon"];
var households = new List<string>();
foreach (var prefix in prefixes)
{
    for (var page = 1; page <= 3; page++)
    {
        var found = await http.GetFromJsonAsync<JsonElement>($"/api/v1/persons?q={prefix}&pageSize=100&page={page}");
        households.AddRange(found.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("householdId").GetString()!));
    }
}

var householdIds = households.Distinct(StringComparer.Ordinal).ToArray();
Console.WriteLine($"# {baseUrl} as {user}: {householdIds.Length} households to read, {prefixes.Length} search prefixes; {Environment.ProcessorCount} cores");
if (householdIds.Length == 0)
{
    Console.Error.WriteLine("no households found: is the registry empty?");
    return 1;
}

var calcBody = """{ "date": "2026-11-01", "persons": [ { "id": "p1", "birthDate": "1988-04-12", "partnerId": "p2", "monthlyIncome": 0, "reception": "municipal" }, { "id": "p2", "birthDate": "1990-01-30", "partnerId": "p1", "monthlyIncome": 1450.00, "reception": "municipal" }, { "id": "c1", "birthDate": "2015-06-01", "parentIds": ["p1", "p2"], "reception": "municipal" }, { "id": "g1", "birthDate": "1955-02-02", "reception": "municipal" } ] }""";
var random = new Random(2027);
Operation Household() { var id = householdIds[random.Next(householdIds.Length)]; return new("household read", () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/households/" + id)); }
Operation Search() { var q = prefixes[random.Next(prefixes.Length)]; return new("search", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/persons?q={q}&page={random.Next(1, 6)}")); }
Operation Calc() => new("calc", () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/calc") { Content = new StringContent(calcBody, Encoding.UTF8, "application/json") });
Operation Mixed() => random.Next(10) switch { < 6 => Household(), < 8 => Search(), _ => Calc() };

// Warm up (not reported): tiered JIT to optimised code, the connection pools, the operating system's page cache.
await Driver.ClosedLoop(http, Mixed, clients: 8, TimeSpan.FromSeconds(20));

Report.Print($"fixed rate {rate}/s for {seconds} s: household read only", await Driver.FixedRate(http, Household, rate, TimeSpan.FromSeconds(seconds)));
Report.Print($"fixed rate {rate}/s for {seconds} s: mix 60% household read, 20% search, 20% calc", await Driver.FixedRate(http, Mixed, rate, TimeSpan.FromSeconds(seconds)));
var each = TimeSpan.FromSeconds(Math.Max(10, seconds / 2));
Report.Print($"max throughput, {clients} clients, {each.TotalSeconds} s: household read", await Driver.ClosedLoop(http, Household, clients, each));
Report.Print($"max throughput, {clients} clients, {each.TotalSeconds} s: search", await Driver.ClosedLoop(http, Search, clients, each));
Report.Print($"max throughput, {clients} clients, {each.TotalSeconds} s: calc", await Driver.ClosedLoop(http, Calc, clients, each));
return 0;
