using System.Text;
using NodaTime;

namespace Overgang.Web.Dashboards;

/// <summary>
/// The addresses a dashboard count links to: the filtered lists, with the query parameters those lists read
/// (work queue: <c>owner</c>, <c>action</c>, <c>municipality</c>, <c>overdue</c>, <c>flag</c>, <c>due</c>; search:
/// <c>municipality</c>, <c>location</c>, <c>path</c>, <c>status</c>; locations: <c>municipality</c>).
/// </summary>
public static class DashboardLinks
{
    /// <summary>The work queue, filtered.</summary>
    public static string WorkQueue(string? owner = null, string? action = null, string? municipality = null, bool overdue = false, string? flag = null, LocalDate? due = null) =>
        Build("/work-queue", ("owner", owner), ("action", action), ("municipality", municipality), ("overdue", overdue ? "true" : null), ("flag", flag), ("due", due?.ToString("yyyy-MM-dd", null)));

    /// <summary>The household search, filtered.</summary>
    public static string Households(string? municipality = null, string? location = null, string? path = null, string? status = null) =>
        Build("/households", ("municipality", municipality), ("location", location), ("path", path), ("status", status));

    /// <summary>The locations of a municipality.</summary>
    public static string Locations(string? municipality) => Build("/locations", ("municipality", municipality));

    /// <summary>One location.</summary>
    public static string Location(string id) => "/locations/" + Uri.EscapeDataString(id);

    private static string Build(string path, params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return path + query;
    }
}
