using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Hosting;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// Finds persons, for the search page and <c>GET /api/v1/persons</c> alike: by name (given, family or both in either
/// order; either script; any transliteration, through the stored <see cref="NameSearchKey"/>s), date of birth, BSN,
/// V-number, person id or household id, filtered by municipality, location, path and status, sorted and paged. Every
/// criterion is served by an index. Case workers find only persons of their municipality; every search is audited.
/// </summary>
public sealed partial class PersonSearch(RegistryContext context, AccessLog log, IClock clock, WebSettings settings)
{
    /// <summary>The largest page of a search.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The longest query.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The sort orders (each also with a <c>-</c> prefix, descending).</summary>
    public static ImmutableArray<string> Sorts { get; } = ["name", "birthDate", "municipality"];

    /// <summary>The statuses of a decision to filter on.</summary>
    public static ImmutableArray<string> Statuses { get; } = ["decided", "pending"];

    private const int MinQueryLength = 2;
    private const int MaxWords = 6;

    private static readonly ImmutableArray<LocalDatePattern> _dates =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d-M-uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d.M.uuuu"),
    ];

    // Month names as people write them in a date (the web runs in invariant-globalisation mode: no culture data).
    private static readonly ImmutableArray<string[]> _monthNames =
    [
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
    ];

    /// <summary>The page of persons the query finds, within the caller's scope.</summary>
    public async Task<CaseResult<PersonSearchResult>> SearchAsync(Caller caller, PersonSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!caller.SeesPersonalData || caller.Role == Roles.Person)
        {
            return new CaseResult<PersonSearchResult>.Refused();
        }

        if (query.Q is { Length: > MaxQueryLength })
        {
            return Invalid("q", $"q is longer than {MaxQueryLength} characters");
        }

        if (query.Q is { } raw && !IsText(raw))
        {
            return Invalid("q", "q contains characters that are not text");
        }

        var q = (query.Q ?? "").Normalize(NormalizationForm.FormC).Trim();
        var municipality = Blank(query.Municipality);
        var location = Blank(query.Location);
        var path = Blank(query.Path);
        var status = Blank(query.Status);
        var filtered = municipality is not null || location is not null || path is not null || status is not null;
        if (q.Length < MinQueryLength && !(q.Length == 0 && filtered))
        {
            return Invalid("q", $"give at least {MinQueryLength} characters of a name, a date of birth, a BSN, a V-number, a person id or a household id");
        }

        if (query.Page < 1 || query.Page > settings.Limits.MaxPage)
        {
            return Invalid("page", $"page must be between 1 and {settings.Limits.MaxPage}");
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return Invalid("pageSize", $"pageSize must be between 1 and {MaxPageSize}");
        }

        var sort = Blank(query.Sort) ?? "name";
        if (!Sorts.Contains(sort.TrimStart('-'), StringComparer.Ordinal) || sort.StartsWith("--", StringComparison.Ordinal))
        {
            return Invalid("sort", $"sort must be one of {string.Join(", ", Sorts)}, with - before it for descending order");
        }

        if (municipality is not null)
        {
            if (municipality.Length > 8 || !await context.Municipalities.AnyAsync(m => m.Code == municipality, cancellationToken).ConfigureAwait(false))
            {
                return Invalid("municipality", "municipality is not a known municipality code (such as GM0363)");
            }

            if (caller.SearchMunicipality is { } own && !string.Equals(own, municipality, StringComparison.Ordinal))
            {
                return new CaseResult<PersonSearchResult>.Refused();
            }
        }

        if (location is not null && (location.Length > 40 || !await context.Locations.AnyAsync(l => l.Id == location, cancellationToken).ConfigureAwait(false)))
        {
            return Invalid("location", "location is not a known reception location");
        }

        if (path is not null && !TransitionNames.Paths.ContainsKey(path))
        {
            return Invalid("path", $"path must be one of {string.Join(", ", TransitionNames.Paths.Keys.Order(StringComparer.Ordinal))}");
        }

        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return Invalid("status", $"status must be one of {string.Join(", ", Statuses)}");
        }

        var persons = context.Persons.AsNoTracking();
        var scope = caller.SearchMunicipality ?? municipality;
        if (scope is not null)
        {
            persons = persons.Where(p => p.MunicipalityCode == scope);
        }

        if (q.Length > 0)
        {
            persons = persons.Where(Matches(q));
        }

        var today = CaseClock.Today(clock);
        if (location is not null)
        {
            // Placed there today by the placement rule: the placement that holds, not any placement covering the day.
            var placedThere = PlacementRows.HoldingOn(context, today).Where(x => x.LocationId == location);
            persons = persons.Where(p => placedThere.Any(x => x.PersonId == p.Id));
        }

        if (path is not null)
        {
            persons = persons.Where(p => context.Decisions.Where(d => d.PersonId == p.Id).OrderByDescending(d => d.RunId).Select(d => d.Path).FirstOrDefault() == path);
        }

        if (status is not null)
        {
            persons = persons.Where(p => context.Decisions.Where(d => d.PersonId == p.Id).OrderByDescending(d => d.RunId).Select(d => d.Status).FirstOrDefault() == status);
        }

        var total = await persons.CountAsync(cancellationToken).ConfigureAwait(false);
        var descending = sort.StartsWith('-');
        var ordered = sort.TrimStart('-') switch
        {
            "birthDate" => descending ? persons.OrderByDescending(p => p.BirthDate) : persons.OrderBy(p => p.BirthDate),
            "municipality" => descending
                ? persons.OrderByDescending(p => context.Municipalities.Where(m => m.Code == p.MunicipalityCode).Select(m => m.Name).FirstOrDefault())
                : persons.OrderBy(p => context.Municipalities.Where(m => m.Code == p.MunicipalityCode).Select(m => m.Name).FirstOrDefault()),
            _ => descending ? persons.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName) : persons.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName),
        };
        var found = await ordered.ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip(checked((query.Page - 1) * query.PageSize)).Take(query.PageSize)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.GivenNameCyrillic, p.FamilyNameCyrillic, p.BirthDate, p.MunicipalityCode, p.HouseholdId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var ids = found.Select(p => p.Id).ToList();
        var codes = found.Select(p => p.MunicipalityCode).Distinct().ToList();
        var municipalities = await context.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, m => m.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var placements = PlacementRows.ByPerson(await PlacementRows.Covering(context, today).Where(x => ids.Contains(x.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false), today);
        var locationIds = placements.Values.Select(x => x.LocationId).OfType<string>().Distinct().ToList();
        var locations = await context.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var decisions = (await context.Decisions.AsNoTracking().Where(d => ids.Contains(d.PersonId)).Select(d => new { d.PersonId, d.RunId, d.Path, d.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.RunId)!, StringComparer.Ordinal);

        var summaries = found.Select(p =>
        {
            var locationId = placements.GetValueOrDefault(p.Id)?.LocationId;
            var decision = decisions.GetValueOrDefault(p.Id);
            return new PersonSummary(
                p.Id, p.GivenName, p.FamilyName, p.GivenNameCyrillic, p.FamilyNameCyrillic, p.BirthDate, p.MunicipalityCode,
                municipalities.GetValueOrDefault(p.MunicipalityCode, p.MunicipalityCode), locationId,
                locationId is null ? null : locations.GetValueOrDefault(locationId, locationId), decision?.Path, decision?.Status, p.HouseholdId);
        });
        await log.SearchAsync(context, caller, AuditText(context.AuditKey, q, municipality, location, path, status), ids, cancellationToken).ConfigureAwait(false);
        return new CaseResult<PersonSearchResult>.Ok(new PersonSearchResult(q, scope, location, path, status, sort, query.Page, query.PageSize, total, [.. summaries]));
    }

    /// <summary>The municipalities and locations the search form offers to the caller (no personal data: not audited).</summary>
    public async Task<SearchChoices> ChoicesAsync(Caller caller, string? municipality, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var own = caller.SearchMunicipality;
        var municipalities = await context.Municipalities.AsNoTracking().Where(m => own == null || m.Code == own).OrderBy(m => m.Name)
            .Select(m => new KeyValuePair<string, string>(m.Code, m.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scope = own ?? Blank(municipality);
        var locations = scope is null ? [] : await context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == scope).OrderBy(l => l.Name)
            .Select(l => new KeyValuePair<string, string>(l.Id, l.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SearchChoices([.. municipalities], [.. locations]);
    }

    /// <summary>The date a query gives (15-03-1985, 15 maart 1985, 1985-03-15, …), or <c>null</c>.</summary>
    public static LocalDate? DateOf(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > 40 || !query.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var parts = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3)
        {
            // 15 maart 1985, 15 March 1985, 15 березня 1985 (a trailing "р." or dot is not expected).
            var month = _monthNames.Select(names => Array.IndexOf(names, parts[1].TrimEnd('.'))).FirstOrDefault(i => i >= 0, -1);
            if (month >= 0 && _dates[1].Parse($"{parts[0]}-{month + 1}-{parts[2]}") is { Success: true } named)
            {
                return named.Value;
            }
        }

        var text = string.Join(' ', parts);
        foreach (var pattern in _dates)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Who a query text matches: the person or household with that id; with a date, those born on it; with nine digits,
    /// the holder of that BSN; with ten, of that V-number; otherwise names (see <see cref="NameMatches"/>).
    /// </summary>
    private static Expression<Func<Person, bool>> Matches(string q)
    {
        Expression<Func<Person, bool>> byId = p => p.Id == q || p.HouseholdId == q;
        if (DateOf(q) is { } date)
        {
            return Or(byId, p => p.BirthDate == date);
        }

        var digits = q.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (digits.Length == PersonNumbers.BsnLength && digits.All(char.IsAsciiDigit))
        {
            return Or(byId, p => p.Bsn == digits);
        }

        var vNumber = digits.StartsWith('V') || digits.StartsWith('v') ? digits[1..] : digits;
        if (vNumber.Length == PersonNumbers.VNumberLength && vNumber.All(char.IsAsciiDigit))
        {
            return Or(byId, p => p.VNumber == vNumber);
        }

        return NameMatches(q) is { } names ? Or(byId, names) : byId;
    }

    /// <summary>
    /// Persons whose name the words of a query give: one word, a family name (its key, or the start of its Latin
    /// spelling) or a first given name; several, a family name and a given name in either order (each side one or
    /// more words), or a family name of several words.
    /// </summary>
    private static Expression<Func<Person, bool>>? NameMatches(string q)
    {
        var words = NameSearchKey.Words(q);
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        var keys = words.Select(NameSearchKey.Of).ToArray();
        if (keys.Any(k => k.Length == 0))
        {
            return null;
        }

        var whole = NameSearchKey.Of(string.Concat(words));
        Expression<Func<Person, bool>> result = p => p.FamilyNameKey == whole;
        if (words.Length == 1)
        {
            var key = keys[0];
            var prefix = char.ToUpperInvariant(q[0]) + q[1..];
            var prefixEnd = prefix + char.MaxValue;
            return Or(result, Or(
                p => p.GivenNameKey == key,
                p => string.Compare(p.FamilyName, prefix) >= 0 && string.Compare(p.FamilyName, prefixEnd) < 0));
        }

        for (var i = 1; i < words.Length; i++)
        {
            var first = NameSearchKey.Of(string.Concat(words[..i]));
            var rest = NameSearchKey.Of(string.Concat(words[i..]));
            var firstGiven = keys[0];
            var restGiven = keys[i];
            result = Or(result, Or(
                p => p.FamilyNameKey == first && p.GivenNameKey == restGiven,
                p => p.GivenNameKey == firstGiven && p.FamilyNameKey == rest));
        }

        return result;
    }

    private static Expression<Func<Person, bool>> Or(Expression<Func<Person, bool>> left, Expression<Func<Person, bool>> right)
    {
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Person, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    // What the audit keeps of a search: the query, with every BSN and V-number in it replaced by a keyed pseudonym
    // (HMAC under the registry's audit key): the same number gives the same pseudonym, so a search can still be traced
    // to the number by someone who holds the key and the number, but the log never holds the number itself.
    private static string AuditText(AuditKey key, string q, string? municipality, string? location, string? path, string? status)
    {
        var digits = q.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        var vNumber = digits.StartsWith('V') || digits.StartsWith('v') ? digits[1..] : digits;
        var text = digits.Length == PersonNumbers.BsnLength && digits.All(char.IsAsciiDigit) ? Pseudonym(key, "BSN", digits)
            : vNumber.Length == PersonNumbers.VNumberLength && vNumber.All(char.IsAsciiDigit) ? Pseudonym(key, "V-number", vNumber)
            : Numbers().Replace(q, m => Pseudonym(key, m.Groups[1].Length > 0 || m.Groups[2].Length == PersonNumbers.VNumberLength ? "V-number" : "BSN", m.Groups[2].Value));
        var filters = string.Join(' ', new[] { ("municipality", municipality), ("location", location), ("path", path), ("status", status) }
            .Where(f => f.Item2 is not null).Select(f => f.Item1 + "=" + f.Item2));
        return filters.Length == 0 ? text : (text + " " + filters).Trim();
    }

    /// <summary>The pseudonym of a personal number in the audit log: <c>BSN #</c> and the first 16 hex digits of its HMAC.</summary>
    public static string Pseudonym(AuditKey key, string kind, string number)
    {
        ArgumentNullException.ThrowIfNull(key);
        return kind + " #" + key.Sign("search:" + kind + ":" + number)[..16];
    }

    // Text without unpaired surrogates or control characters (which could not be normalised or shown).
    private static bool IsText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || char.IsControl(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static CaseResult<PersonSearchResult>.Invalid Invalid(string field, string message) => new(field, message);

    // A BSN (nine digits) or a V-number (ten digits, or V and ten) standing as a word of a longer query.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])([Vv]?)(\d{9,10})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Numbers();

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
