using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Transition;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The filters, sort and page of the work queue, as the page and the API take them from the query string:
/// <c>owner=ind|person|municipality|dtenv&amp;action=&lt;task code&gt;&amp;municipality=&lt;GM code&gt;&amp;overdue=true&amp;flag=&lt;kebab flag&gt;&amp;assignee=me|none|&lt;user&gt;&amp;due=&lt;yyyy-mm-dd&gt;&amp;sort=&lt;field, - descending&gt;&amp;page=&lt;n&gt;</c>.
/// </summary>
/// <param name="Owner">Whose actions (contract name); <c>ind</c> by default.</param>
/// <param name="Action">One action (task code), or <c>null</c>.</param>
/// <param name="Municipality">One municipality (GM code), or <c>null</c>.</param>
/// <param name="Overdue">Only actions due before today.</param>
/// <param name="Flag">Only decisions with this review flag, or <c>null</c>.</param>
/// <param name="Assignee"><c>me</c>, <c>none</c>, a user name, or <c>null</c> for everyone.</param>
/// <param name="Due">Only actions due on or before this day, or <c>null</c>.</param>
/// <param name="Sort">The sort field (<see cref="SortFields"/>), <c>-</c> prefixed for descending.</param>
/// <param name="Page">The page, from 1.</param>
public sealed partial record WorkQueueFilter(string Owner, string? Action, string? Municipality, bool Overdue, string? Flag, string? Assignee, LocalDate? Due, string Sort, int Page)
{
    /// <summary>The owners the queue lists, IND first.</summary>
    public static IReadOnlyList<string> Owners { get; } = ["ind", "person", "municipality", "dtenv"];

    /// <summary>The fields the queue sorts on.</summary>
    public static IReadOnlyList<string> SortFields { get; } = ["due", "name", "municipality", "action"];

    /// <summary>The default: the IND's actions, earliest due first, page 1.</summary>
    public static WorkQueueFilter Default { get; } = new("ind", null, null, false, null, null, null, "due", 1);

    private static readonly FrozenDictionary<string, ReviewFlags> _flags = TransitionNames.FlagOrder.ToFrozenDictionary(TransitionNames.Of, StringComparer.Ordinal);

    /// <summary>The single review flag of a kebab-case name.</summary>
    public ReviewFlags? ReviewFlag => Flag is null ? null : _flags[Flag];

    /// <summary>The sort field without its direction.</summary>
    public string SortField => Sort.TrimStart('-');

    /// <summary>Whether the sort is descending.</summary>
    public bool Descending => Sort.StartsWith('-');

    /// <summary>Reads the query values; an unknown value answers the field and what is wrong.</summary>
    public static bool TryParse(WorkQueueQuery query, out WorkQueueFilter filter, out (string Field, string Message) error)
    {
        ArgumentNullException.ThrowIfNull(query);
        filter = Default;
        error = default;
        var owner = Blank(query.Owner)?.ToLowerInvariant() ?? "ind";
        if (!Owners.Contains(owner))
        {
            error = ("owner", $"unknown owner \"{owner}\" (ind, person, municipality or dtenv)");
            return false;
        }

        var action = Blank(query.Action);
        if (action is not null && TaskTexts.TextOf(action) is null)
        {
            error = ("action", $"unknown action code \"{action}\"");
            return false;
        }

        var municipality = Blank(query.Municipality)?.ToUpperInvariant();
        if (municipality is not null && !MunicipalityPattern().IsMatch(municipality))
        {
            error = ("municipality", $"\"{municipality}\" is not a municipality code (GM followed by four digits)");
            return false;
        }

        var overdue = false;
        if (Blank(query.Overdue) is { } o)
        {
            if (!bool.TryParse(o, out overdue))
            {
                error = ("overdue", $"\"{o}\" is not true or false");
                return false;
            }
        }

        var flag = Blank(query.Flag)?.ToLowerInvariant();
        if (flag is not null && !_flags.ContainsKey(flag))
        {
            error = ("flag", $"unknown review flag \"{flag}\" ({string.Join(", ", _flags.Keys.Order(StringComparer.Ordinal))})");
            return false;
        }

        var assignee = Blank(query.Assignee);
        if (assignee is { Length: > 64 })
        {
            error = ("assignee", "a user name has at most 64 characters");
            return false;
        }

        LocalDate? due = null;
        if (Blank(query.Due) is { } d)
        {
            var parsed = LocalDatePattern.Iso.Parse(d);
            if (!parsed.Success)
            {
                error = ("due", $"\"{d}\" is not a date (yyyy-mm-dd)");
                return false;
            }

            due = parsed.Value;
        }

        var sort = Blank(query.Sort)?.ToLowerInvariant() ?? "due";
        if (!SortFields.Contains(sort.TrimStart('-')) || sort.StartsWith("--", StringComparison.Ordinal))
        {
            error = ("sort", $"unknown sort field \"{sort}\" (due, name, municipality or action; - in front for descending)");
            return false;
        }

        var page = 1;
        if (Blank(query.Page) is { } p && (!int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page) || page < 1))
        {
            error = ("page", $"\"{p}\" is not a page number (1 or more)");
            return false;
        }

        filter = new WorkQueueFilter(owner, action, municipality, overdue, flag, assignee, due, sort, page);
        return true;
    }

    /// <summary>The query string of this filter with other values, for links (sort, page, owner tabs).</summary>
    public string Link(string? owner = null, string? sort = null, int? page = null)
    {
        var parts = new List<string> { "owner=" + (owner ?? Owner) };
        if (owner is null || owner == Owner)
        {
            Add(parts, "action", Action);
            Add(parts, "municipality", Municipality);
            Add(parts, "overdue", Overdue ? "true" : null);
            Add(parts, "flag", Flag);
            Add(parts, "assignee", Assignee);
            Add(parts, "due", Due is { } d ? LocalDatePattern.Iso.Format(d) : null);
        }

        var s = sort ?? Sort;
        Add(parts, "sort", s == "due" ? null : s);
        var n = page ?? 1;
        Add(parts, "page", n == 1 ? null : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/work-queue?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityPattern();
}
