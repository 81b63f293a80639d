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

        var admin = await SignedInAsync(baseUrl, "admin", password);
        var ind = await SignedInAsync(baseUrl, "ind", password);
        var analyst = await SignedInAsync(baseUrl, "analist", password);
        var worker = await SignedInAsync(baseUrl, caseworker, password);
        var person = await SignedInAsync(baseUrl, "persoon-1", password);
        var departure = await SignedInAsync(baseUrl, "dtenv", password);
        var anonymous = Client(baseUrl, new CookieContainer());

        var random = new Random(2027);
        (string Name, HttpClient Client, Func<string> Path)[] pages =
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
            ("a household (admin)", admin, () => "/households/" + households[random.Next(households.Length)]),
            ("locations list (admin)", admin, () => "/locations"),
            ("locations list (analyst)", analyst, () => "/locations"),
            ("a location (admin)", admin, () => "/locations/" + locations[random.Next(locations.Length)]),
            ("work queue (ind)", ind, () => "/work-queue"),
            ("/me (person)", person, () => "/me"),
            ("sign-in (anonymous)", anonymous, () => "/sign-in"),
        ];

        Console.WriteLine($"# {baseUrl}: {rounds} rounds after 1 of warm-up, {households.Length} households, {locations.Length} locations, case worker {caseworker}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var samples = pages.ToDictionary(p => p.Name, _ => new List<(double FirstByte, double Total, long Bytes, int Status)>(), StringComparer.Ordinal);
        for (var round = -1; round < rounds; round++)
        {
            foreach (var (name, client, path) in pages.OrderBy(_ => random.Next()))
            {
                var sample = await TimeAsync(client, path());
                if (round >= 0)
                {
                    samples[name].Add(sample);
                }
            }
        }

        Console.WriteLine($"# finished, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| page | status | first byte p50 ms | first byte p95 ms | complete p50 ms | bytes on the wire (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (name, _, _) in pages)
        {
            var list = samples[name];
            var firstByte = list.Select(s => s.FirstByte).Order().ToArray();
            var total = list.Select(s => s.Total).Order().ToArray();
            var bytes = list.Select(s => (double)s.Bytes).Order().ToArray();
            var statuses = string.Join(" ", list.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => g.Count() == list.Count ? g.Key.ToString(CultureInfo.InvariantCulture) : $"{g.Key}×{g.Count()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {statuses} | {At(firstByte, 0.50):0.0} | {At(firstByte, 0.95):0.0} | {At(total, 0.50):0.0} | {At(bytes, 0.50):0} |"));
        }

        foreach (var client in new[] { admin, ind, analyst, worker, person, anonymous })
        {
            client.Dispose();
        }

        return 0;
    }

    private static async Task<(double FirstByte, double Total, long Bytes, int Status)> TimeAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
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
            Timeout = TimeSpan.FromSeconds(120),
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

    private static async Task<string> FirstCaseWorkerAsync(HttpClient api)
    {
        var locations = await api.GetFromJsonAsync<JsonElement>("/api/v1/locations");
        var codes = locations.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("municipalityCode").GetString()!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return "gemeente-" + codes.First().ToLowerInvariant();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double At(double[] sorted, double quantile) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HiddenField();
}
