using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Overgang.Web.Tests.Support;

/// <summary>Assertions on API answers.</summary>
public static class ApiAssert
{
    /// <summary>Asserts the status and, for a bad request, that the problem names the field (and the parameter).</summary>
    public static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null, string? parameter = null)
    {
        Assert.Equal(status, response.StatusCode);
        if (field is null && parameter is null)
        {
            return;
        }

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }

        if (parameter is not null)
        {
            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        }
    }

    /// <summary>The number of audit entries of an action on a subject by an actor.</summary>
    public static int AuditCount(WebServer server, string action, string subject, string actor)
    {
        using var context = server.Database.Open();
        return context.Audit.Count(a => a.Action == action && a.Subject == subject && a.Actor == actor);
    }
}
