namespace Overgang.Web.Components.Pages;

/// <summary>
/// The sign-in form; the page checks it and says what is missing in the page's language. The page empties
/// <see cref="Password"/> as soon as it has read it, so that no answer echoes it.
/// </summary>
internal sealed class SignInForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
