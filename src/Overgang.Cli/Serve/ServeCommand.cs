using System.CommandLine;
using System.Security.Cryptography;
using Overgang.Cli.Demo;
using Overgang.Cli.Runs;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Web.Hosting;
using Overgang.Web.Security;
using Spectre.Console;

namespace Overgang.Cli.Serve;

/// <summary>
/// <c>overgang serve</c>: the web application and the HTTP API on the registry (the embedded database by default, with
/// the demo population, its decisions and this month's allowance when it is empty), on 127.0.0.1 unless told otherwise.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The environment variable with the password of the demo accounts.</summary>
    public const string DemoPasswordVariable = "OVERGANG_DEMO_PASSWORD";

    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen; port 0 picks a free port.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var persons = new Option<int>("--persons", "-n") { Description = "Persons to generate when the registry is empty (the BRP count of 2 November 2025).", DefaultValueFactory = _ => Calibration.RegisteredPersons };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated population.", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var log = new Option<bool>("--log") { Description = "Write a line per request to the console." };
        var command = new Command("serve", $"The web application and the HTTP API (/api/v1). The demo accounts' password comes from ${DemoPasswordVariable}, else it is generated and printed once.") { database, urls, persons, seed, log };
        command.SetAction((parse, cancellation) => RunAsync(context, parse.GetValue(database), parse.GetValue(urls)!, parse.GetValue(persons), parse.GetValue(seed), parse.GetValue(log), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? databaseSetting, string urls, int personCount, int seed, bool log, CancellationToken cancellation)
    {
        var today = context.Today;
        if (!DemoCommand.TryDecisionDate(context, today, null, out var decisionDate) || !DemoCommand.TryMonth(context, today, null, out var month))
        {
            return ExitCodes.BadInput;
        }

        var registry = DatabaseOption.Resolve(databaseSetting);
        if (!DemoCommand.TryPrepare(context, "serve", registry, personCount, seed, decisionDate, month, alwaysRun: false, rerun: false, [], listsFolder: null, out var decided, out var paid, out _))
        {
            return ExitCodes.BadInput;
        }

        if (RunCommand.Stopped(decided) || RunCommand.Stopped(paid))
        {
            // Ctrl-C while the first runs of a new registry ran: the server does not start.
            return ExitCodes.Stopped;
        }

        // Before the server listens: a missing or foreign audit key would otherwise fail the first request that writes the log.
        using (var opened = registry.Open())
        {
            AuditChain.Confirm(opened);
        }

        var console = ConsoleFactory.Create(context.Output);
        var given = Environment.GetEnvironmentVariable(DemoPasswordVariable);
        var password = string.IsNullOrEmpty(given) ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16) : given;
        var made = DemoAccounts.EnsureCreated(registry, context.Parameters, password, context.Clock.GetCurrentInstant());
        if (made.Length > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("account", "role", "scope");
            foreach (var account in made)
            {
                table.AddRow(account.UserName, account.Role, Markup.Escape(account.Scope));
            }

            console.WriteLine("made the demo accounts:");
            console.Write(table);
            console.WriteLine(string.IsNullOrEmpty(given) ? $"their password (shown once; set ${DemoPasswordVariable} to choose it): {password}" : $"their password is ${DemoPasswordVariable}");
        }

        await using var app = OvergangWebHost.Create(new WebSettings(registry, urls, context.Parameters, context.Clock) { RequestLogging = log });
        await app.StartAsync(cancellation).ConfigureAwait(false);
        foreach (var address in app.Urls)
        {
            context.Output.WriteLine($"listening on {address} (API: {address}/api/v1, OpenAPI: {address}/api/v1/openapi.json); Ctrl+C stops");
        }

        context.Output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
