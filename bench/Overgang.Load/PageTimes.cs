using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Overgang.Load;

/// <summary>
/// Time to first byte of the main pages, as a browser asks for them: signed in through the sign-in form (a cookie per
/// role), <c>Accept: text/html</c> and gzip/brotli accepted. Pages are requested one at a time in rounds (every page
/// once per round, in a shuffled order), so that a slow moment of a shared machine spreads over all pages.
/// </summary>
internal static partial class PageTimes
{
    /// <summary>Usage: <c>pages BASE_URL PASSWORD [rounds=30] [caseworker=first gemeente-... account]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5180");
        var password = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("OVERGANG_DEMO_PASSWORD") ?? "";
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;

        // Ids to visit, read through the API as the administrator.
        using var api = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        using (var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password }))
        {
            token.EnsureSuccessStatusCode();
            var body = await token.Content.ReadFromJsonAsync<JsonElement>();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        }

        var found = await api.GetFromJsonAsync<JsonElement>("/api/v1/persons?q=Kov&pageSize=100");
        var households = found.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("householdId").GetString()!).Distinct(StringComparer.Ordinal).ToArray();
        var locations = (await api.GetFromJsonAsync<JsonElement>("/api/v1/locations")).GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToArray();
        var caseworker = args.Length > 3 ? args[3] : await FirstCaseWorkerAsync(api);
        var municipality = caseworker["gemeente-".Length..].ToUpperInvariant();

        // The case worker's own persons and households, and ids of the other lists' detail pages (the first found).
        var own = await api.GetFromJsonAsync<JsonElement>($"/api/v1/persons?municipality={municipality}&pageSize=100");
        var ownPersons = own.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();
        var ownHouseholds = own.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("householdId").GetString()!).Distinct(StringComparer.Ordinal).ToArray();
        var ownLocations = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/locations?municipality={municipality}")).GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToArray();
        var candidate = First(await GetOrNullAsync(api, "/api/v1/link-candidates"), "id");
        var caseload = await TokenAsync(baseUrl, "dtenv", password, decompress: true);
        var returning = First(await GetOrNullAsync(caseload, "/api/v1/return-programme/caseload"), "personId") ?? First(await GetOrNullAsync(caseload, "/api/v1/return-programme/caseload"), "id");
        caseload.Dispose();

        var admin = await SignedInAsync(baseUrl, "admin", password);
        var ind = await SignedInAsync(baseUrl, "ind", password);
        var analyst = await SignedInAsync(baseUrl, "analist", password);
        var worker = await SignedInAsync(baseUrl, caseworker, password);
        var person = await SignedInAsync(baseUrl, "persoon-1", password);
        var departure = await SignedInAsync(baseUrl, "dtenv", password);
        var anonymous = Client(baseUrl, new CookieContainer());
        var apiAdmin = await TokenAsync(baseUrl, "admin", password);
        var apiInd = await TokenAsync(baseUrl, "ind", password);
        var apiAnalyst = await TokenAsync(baseUrl, "analist", password);
        var apiWorker = await TokenAsync(baseUrl, caseworker, password);
        var apiDeparture = await TokenAsync(baseUrl, "dtenv", password);

        var random = new Random(2027);
        string Any(string[] ids) => ids[random.Next(ids.Length)];
        (string Name, HttpClient Client, Func<string> Path)[] all =
        [
            ("home (anonymous)", anonymous, () => "/"),
            ("home (admin)", admin, () => "/"),
            ("home (ind)", ind, () => "/"),
            ("home (analyst)", analyst, () => "/"),
            ("home (case worker)", worker, () => "/"),
            ("home (person)", person, () => "/"),
            ("home (dtenv)", departure, () => "/"),
            ("households search (admin, q=Kov)", admin, () => "/households?q=Kov"),
            ("households search (case worker, q=Kov)", worker, () => "/households?q=Kov"),
            ("households search (case worker, pending)", worker, () => $"/households?municipality={municipality}&status=pending"),
            ("households search (ind, q=Kov)", ind, () => "/households?q=Kov"),
            ("a household (admin)", admin, () => "/households/" + Any(households)),
            ("a household (case worker)", worker, () => "/households/" + Any(ownHouseholds)),
            ("a household (ind)", ind, () => "/households/" + Any(households)),
            ("edit a person (case worker)", worker, () => $"/persons/{Any(ownPersons)}/edit"),
            ("locations list (admin)", admin, () => "/locations"),
            ("locations list (analyst)", analyst, () => "/locations"),
            ("locations list (case worker)", worker, () => $"/locations?municipality={municipality}"),
            ("a location (admin)", admin, () => "/locations/" + Any(locations)),
            ("a location (case worker)", worker, () => "/locations/" + Any(ownLocations)),
            ("new complaint (case worker)", worker, () => $"/locations/{Any(ownLocations)}/complaints/new"),
            ("new inspection (case worker)", worker, () => $"/locations/{Any(ownLocations)}/inspections/new"),
            ("complaints (admin)", admin, () => "/complaints"),
            ("complaints (case worker)", worker, () => "/complaints"),
            ("work queue (ind)", ind, () => "/work-queue"),
            ("work queue (ind, sort=name)", ind, () => "/work-queue?sort=name"),
            ("work queue (ind, sort=-name)", ind, () => "/work-queue?sort=-name"),
            ("work queue (ind, municipality)", ind, () => $"/work-queue?municipality={municipality}"),
            ("work queue (ind, municipality, sort=name)", ind, () => $"/work-queue?municipality={municipality}&sort=name"),
            ("work queue (ind, owner=person, sort=name)", ind, () => "/work-queue?owner=person&sort=name"),
            ("work queue (ind, overdue)", ind, () => "/work-queue?overdue=true"),
            ("work queue (ind, flag)", ind, () => "/work-queue?flag=medical-treatment"),
            ("work queue (ind, page 40)", ind, () => "/work-queue?page=40"),
            ("work queue (case worker, person)", worker, () => $"/work-queue?owner=person&municipality={municipality}"),
            ("work queue (case worker, municipality)", worker, () => $"/work-queue?owner=municipality&municipality={municipality}"),
            ("link candidates (ind)", ind, () => "/link-candidates"),
            ("a link candidate (ind)", ind, () => "/link-candidates/" + (candidate ?? "1")),
            ("transitional stays (ind)", ind, () => "/transitional-stays"),
            ("a transitional stay (ind)", ind, () => "/transitional-stays/" + Any(ownPersons)),
            ("return programme (dtenv)", departure, () => "/return-programme"),
            ("a return person (dtenv)", departure, () => "/return-programme/persons/" + (returning ?? Any(ownPersons))),
            ("analysis (analyst)", analyst, () => "/analysis"),
            ("costs (analyst)", analyst, () => "/analysis/costs"),
            ("monitor (analyst)", analyst, () => "/analysis/monitor"),
            ("projections (analyst)", analyst, () => "/analysis/projections"),
            ("reception quality (analyst)", analyst, () => "/analysis/reception"),
            ("reforms (analyst)", analyst, () => "/analysis/reforms"),
            ("contacts (admin)", admin, () => "/admin/contacts"),
            ("calculator (anonymous)", anonymous, () => "/calculator"),
            ("calculator path (anonymous)", anonymous, () => "/calculator/path"),
            ("/me (person)", person, () => "/me"),
            ("/me/change (person)", person, () => "/me/change"),
            ("sign-in (anonymous)", anonymous, () => "/sign-in"),
            ("not found (admin)", admin, () => "/not-found"),
            ("api dashboard (admin)", apiAdmin, () => "/api/v1/dashboard"),
            ("api dashboard (ind)", apiInd, () => "/api/v1/dashboard"),
            ("api dashboard (case worker)", apiWorker, () => "/api/v1/dashboard"),
            ("api dashboard (dtenv)", apiDeparture, () => "/api/v1/dashboard"),
            ("api work queue (ind)", apiInd, () => "/api/v1/work-queue"),
            ("api work queue (ind, sort=name)", apiInd, () => "/api/v1/work-queue?sort=name"),
            ("api work queue (ind, municipality)", apiInd, () => $"/api/v1/work-queue?municipality={municipality}"),
            ("api persons (case worker, q=Kov)", apiWorker, () => "/api/v1/persons?q=Kov"),
            ("api a person (case worker)", apiWorker, () => "/api/v1/persons/" + Any(ownPersons)),
            ("api a person's decisions (case worker)", apiWorker, () => $"/api/v1/persons/{Any(ownPersons)}/decisions"),
            ("api a person's tasks (case worker)", apiWorker, () => $"/api/v1/persons/{Any(ownPersons)}/tasks"),
            ("api a person's stays (ind)", apiInd, () => $"/api/v1/persons/{Any(ownPersons)}/transitional-stays"),
            ("api a household (case worker)", apiWorker, () => "/api/v1/households/" + Any(ownHouseholds)),
            ("api locations (admin)", apiAdmin, () => "/api/v1/locations"),
            ("api locations (case worker)", apiWorker, () => $"/api/v1/locations?municipality={municipality}"),
            ("api a location (admin)", apiAdmin, () => "/api/v1/locations/" + Any(locations)),
            ("api a location's quality (case worker)", apiWorker, () => $"/api/v1/locations/{Any(ownLocations)}/quality"),
            ("api runs (admin)", apiAdmin, () => "/api/v1/runs"),
            ("api link candidates (ind)", apiInd, () => "/api/v1/link-candidates"),
            ("api return caseload (dtenv)", apiDeparture, () => "/api/v1/return-programme/caseload"),
            ("api return overview (dtenv)", apiDeparture, () => "/api/v1/return-programme/overview"),
            ("api reception quality (analyst)", apiAnalyst, () => "/api/v1/analysis/reception"),
            ("api projections (analyst)", apiAnalyst, () => "/api/v1/analysis/projections"),
            ("api monitor (analyst)", apiAnalyst, () => "/api/v1/analysis/monitor"),
            ("api costs (analyst)", apiAnalyst, () => "/api/v1/analysis/costs"),
            ("api reforms (analyst)", apiAnalyst, () => "/api/v1/analysis/reforms"),
            ("api auth/me (ind)", apiInd, () => "/api/v1/auth/me"),
        ];

        // OVERGANG_PAGES_ONLY=<regular expression> times only the pages whose name matches (to time one page again).
        var only = Environment.GetEnvironmentVariable("OVERGANG_PAGES_ONLY");
        var pages = string.IsNullOrEmpty(only) ? all : [.. all.Where(p => Regex.IsMatch(p.Name, only, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

        Console.WriteLine($"# {baseUrl}: {rounds} rounds after 1 of warm-up, {households.Length} households, {locations.Length} locations, case worker {caseworker}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var samples = pages.ToDictionary(p => p.Name, _ => new List<(double FirstByte, double Total, long Bytes, int Status)>(), StringComparer.Ordinal);
        var loads = pages.ToDictionary(p => p.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = -1; round < rounds; round++)
        {
            foreach (var (name, client, path) in pages.OrderBy(_ => random.Next()))
            {
                var sample = await TimeAsync(client, path());
                if (round < 0)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# warm-up: {name}: {sample.Status} in {sample.FirstByte:0} ms"));
                }

                if (round >= 0)
                {
                    samples[name].Add(sample);
                    loads[name].Add(LoadOne());
                }
            }
        }

        Console.WriteLine($"# finished, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| page | status | first byte p50 ms | first byte p95 ms | complete p50 ms | bytes on the wire (median) | load average (1 min, median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (name, _, _) in pages)
        {
            var list = samples[name];
            var firstByte = list.Select(s => s.FirstByte).Order().ToArray();
            var total = list.Select(s => s.Total).Order().ToArray();
            var bytes = list.Select(s => (double)s.Bytes).Order().ToArray();
            var statuses = string.Join(" ", list.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => g.Count() == list.Count ? g.Key.ToString(CultureInfo.InvariantCulture) : $"{g.Key}×{g.Count()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {statuses} | {At(firstByte, 0.50):0.0} | {At(firstByte, 0.95):0.0} | {At(total, 0.50):0.0} | {At(bytes, 0.50):0} | {At([.. loads[name].Order()], 0.50):0.0} |"));
        }

        foreach (var client in new[] { admin, ind, analyst, worker, person, departure, anonymous, apiAdmin, apiInd, apiAnalyst, apiWorker, apiDeparture })
        {
            client.Dispose();
        }

        return 0;
    }

    private static async Task<(double FirstByte, double Total, long Bytes, int Status)> TimeAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await TimeOnceAsync(client, path, clock);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException)
        {
            // A page that does not answer within the client's time-out counts with that time and status 0.
            return (clock.Elapsed.TotalMilliseconds, clock.Elapsed.TotalMilliseconds, 0, 0);
        }
    }

    private static async Task<(double FirstByte, double Total, long Bytes, int Status)> TimeOnceAsync(HttpClient client, string path, Stopwatch clock)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var firstByte = clock.Elapsed.TotalMilliseconds;
        await using var body = await response.Content.ReadAsStreamAsync();
        var bytes = 0L;
        var buffer = new byte[16384];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        // The bytes counted are those on the wire when the answer has a length (the body as sent, compressed or not).
        return (firstByte, clock.Elapsed.TotalMilliseconds, response.Content.Headers.ContentLength ?? bytes, (int)response.StatusCode);
    }

    /// <summary>
    /// A client that asks as a browser does; the timed ones count the bytes as sent (compressed), the one that fills in
    /// the sign-in form decompresses to read it. Both share the cookies.
    /// </summary>
    private static HttpClient Client(Uri baseUrl, CookieContainer cookies, bool decompress = false)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        if (!decompress)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        }

        return client;
    }

    /// <summary>A client with the sign-in cookie of an account, signed in through the sign-in form like a browser.</summary>
    private static async Task<HttpClient> SignedInAsync(Uri baseUrl, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var signing = Client(baseUrl, cookies, decompress: true);
        var form = await signing.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        var fields = HiddenField().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        using var response = await signing.PostAsync(new Uri("/sign-in", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {userName}: {(int)response.StatusCode}");
        }

        return Client(baseUrl, cookies);
    }

    /// <summary>A client of the API with a bearer token of an account, asking for JSON as compressed as a browser accepts.</summary>
    private static async Task<HttpClient> TokenAsync(Uri baseUrl, string userName, string password, bool decompress = false)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        using (var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }))
        {
            token.EnsureSuccessStatusCode();
            var body = await token.Content.ReadFromJsonAsync<JsonElement>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        }

        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        return client;
    }

    private static async Task<JsonElement?> GetOrNullAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    /// <summary>The first value of a property of that name anywhere in a JSON document, as text.</summary>
    private static string? First(JsonElement? element, string name)
    {
        if (element is not { } e)
        {
            return null;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    }
                }

                foreach (var property in e.EnumerateObject())
                {
                    if (First(property.Value, name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (First(item, name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static async Task<string> FirstCaseWorkerAsync(HttpClient api)
    {
        var locations = await api.GetFromJsonAsync<JsonElement>("/api/v1/locations");
        var codes = locations.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("municipalityCode").GetString()!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return "gemeente-" + codes.First().ToLowerInvariant();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double LoadOne() => File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    private static double At(double[] sorted, double quantile) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HiddenField();
}
