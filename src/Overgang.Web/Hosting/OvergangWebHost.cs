using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overgang.Web.Api;
using Overgang.Web.Assets;
using Overgang.Web.Audit;
using Overgang.Web.Components;
using Overgang.Web.Languages;
using Overgang.Web.Runs;
using Overgang.Web.Decisions;
using Overgang.Web.Errors;
using Overgang.Web.Households;
using Overgang.Web.Json;
using Overgang.Web.Persons;
using Overgang.Web.Security;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Hosting;

/// <summary>Builds the web application: the HTTP API under <c>/api/v1</c> and the server-rendered pages.</summary>
public static class OvergangWebHost
{
    /// <summary>Creates the application; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    public static WebApplication Create(WebSettings settings, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // The rules' texts are read now: a malformed text file stops the application here, not on the first page.
        Rules.Texts.RuleTexts.Verify();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(OvergangWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.Limits.MaxBodyBytes);
        builder.Logging.ClearProviders();
        if (settings.RequestLogging)
        {
            builder.Logging.AddSimpleConsole();

            // Request lines without the query string (what people type on the public calculator is never logged).
            builder.Logging.AddFilter(RequestLog.HostingCategory, LogLevel.Warning);
        }
        else
        {
            // Without request logging the log still gets every incident (an unhandled exception with its reference).
            builder.Logging.AddSimpleConsole().AddFilter((category, level) => level >= LogLevel.Error && category == typeof(Incidents).FullName);
        }

        if (settings.Log is { } log)
        {
            builder.Logging.AddProvider(log);
        }

        var oidc = builder.Configuration.GetSection("Overgang:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(oidc);
        services.AddSingleton(settings.Clock);
        services.AddSingleton(settings.Parameters);
        services.AddSingleton(settings.Database);
        services.AddSingleton<RunWorker>();
        services.AddSingleton<Analysts.AnalystOutlook>();
        services.AddHostedService(provider => provider.GetRequiredService<RunWorker>());
        services.AddSingleton<Analysts.Reforms.ReformCatalogue>();
        services.AddSingleton<Analysts.Costs.CostOutlook>();
        services.AddSingleton<Analysts.Reforms.ReformJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<Analysts.Reforms.ReformJobs>());
        services.AddScoped<PersonService>();
        services.AddScoped<PersonDecisions>();
        services.AddScoped<Countries.NationalOptionService>();
        services.AddScoped<PersonSearch>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<WorkQueueService>();
        services.AddScoped<WorkQueueActions>();
        services.AddScoped<WorkQueueExport>();
        services.AddScoped<WorkQueuePageData>();
        services.AddScoped<Linkage.LinkReviewService>();
        services.AddScoped<ReturnProgramme.ReturnService>();
        services.AddScoped<Stays.StayService>();
        services.AddScoped<Dashboards.DashboardService>();
        services.AddSingleton<Cases.KeptPerRevision>();
        services.AddScoped<SignIns>();
        services.ConfigureHttpJsonOptions(options =>
        {
            NodaJson.Add(options.SerializerOptions);

            // An amount is a JSON number: "12" is refused, not read as 12 (the web defaults read numbers from strings).
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        // Binding failures are thrown and answered by BadRequests, naming the field, like every other bad input.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequests>();
        var database = settings.Database.Pooled();

        // The keys of cookies and tokens live in this deployment's registry, not in the user profile (docs/security.md).
        services.AddDataProtection().SetApplicationName("Overgang");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new RegistryKeyRepository(database));
        RateLimits.Add(services, settings.Limits);
        // Every context of a request records its committed changes of facts, by person, for the kept results (FactJournal).
        var journal = new Overgang.Registry.FactJournal();
        services.AddSingleton(journal);
        services.AddScoped(_ => database.Open(journal));
        services.AddSingleton(_ => new AccessLog(settings.Clock, database));
        ErrorPages.Add(services);
        services.AddProblemDetails();
        Compression.Add(services);
        services.AddAntiforgery();
        services.AddOpenApi("v1", options => ApiDocument.Configure(options));
        AuthenticationSetup.Add(services, oidc);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddCascadingAuthenticationState();
        services.AddRazorComponents();
        services.AddHttpContextAccessor();

        var app = builder.Build();
        app.UseResponseCompression();
        if (settings.RequestLogging)
        {
            app.Use(RequestLog.Middleware);
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(ErrorPages.EmptyAnswers);
        app.Use(SecurityHeaders);
        app.Use(LanguageSelection.Middleware);
        app.UseAuthentication();
        app.Use(AccountCheck.Middleware);
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        AssetEndpoints.Map(app);
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        AccountEndpoints.Map(app);
        ApiEndpoints.Map(app);
        Analysts.AnalysisEndpoints.MapDownloads(app);
        SelfService.SelfServiceEndpoints.MapPages(app);
        Households.HouseholdEndpoints.MapPages(app);
        Analysts.Reforms.ReformEndpoints.MapDownloads(app);
        app.MapRazorComponents<App>();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";

        // Answers carry personal data (the API, signed-in pages): no cache keeps them. Assets set their own caching.
        if (!context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
        }

        return next();
    }
}
