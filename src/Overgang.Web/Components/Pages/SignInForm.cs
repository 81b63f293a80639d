using System.ComponentModel.DataAnnotations;

namespace Overgang.Web.Components.Pages;

/// <summary>The sign-in form.</summary>
internal sealed class SignInForm
{
    [Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Vul uw wachtwoord in.")]
    public string? Password { get; set; }
}
