using Microsoft.AspNetCore.Http;
using Overgang.Letters;

namespace Overgang.Web.Languages;

/// <summary>
/// Chooses the language of every page: <c>?lang=uk|nl|en</c> (then remembered in a cookie), else the cookie, else the
/// browser's Accept-Language, else Dutch. The choice is put in <see cref="HttpContext.Items"/> for the document's
/// <c>lang</c> attribute and the components.
/// </summary>
internal static class LanguageSelection
{
    /// <summary>The key in <see cref="HttpContext.Items"/> (read by <c>App.razor</c>).</summary>
    public const string ItemKey = "overgang:lang";

    /// <summary>The cookie that remembers a chosen language.</summary>
    public const string Cookie = "overgang-lang";

    /// <summary>The query parameter that chooses a language.</summary>
    public const string Query = "lang";

    /// <summary>The languages offered, in the order of the language switch.</summary>
    public static IReadOnlyList<LetterLanguage> Offered { get; } = [LetterLanguage.Dutch, LetterLanguage.Ukrainian, LetterLanguage.English];

    /// <summary>Middleware: decides the language before the page renders.</summary>
    public static Task Middleware(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query.TryGetValue(Query, out var asked) && LetterDates.TryParse(asked.ToString(), out var chosen))
        {
            context.Response.Cookies.Append(Cookie, LetterDates.Code(chosen), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
                IsEssential = true,
            });
        }
        else if (!(context.Request.Cookies.TryGetValue(Cookie, out var remembered) && LetterDates.TryParse(remembered, out chosen)))
        {
            chosen = FromBrowser(context.Request);
        }

        context.Items[ItemKey] = LetterDates.Code(chosen);
        return next();
    }

    /// <summary>The language chosen for this request (Dutch when the middleware did not run).</summary>
    public static LetterLanguage Current(HttpContext? context) =>
        context?.Items.TryGetValue(ItemKey, out var code) == true && LetterDates.TryParse(code as string, out var language) ? language : LetterLanguage.Dutch;

    /// <summary>The current address with <c>lang</c> set to another language, other query values kept.</summary>
    public static string SwitchTo(HttpContext context, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query
            .Where(q => !string.Equals(q.Key, Query, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(Query, LetterDates.Code(language)));
        return context.Request.PathBase + context.Request.Path + QueryString.Create(query);
    }

    private static LetterLanguage FromBrowser(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            var tag = value.Value.Value ?? "";
            var primary = tag.Split('-')[0].ToLowerInvariant();
            if (LetterDates.TryParse(primary, out var language))
            {
                return language;
            }
        }

        return LetterLanguage.Dutch;
    }
}
