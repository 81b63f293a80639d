namespace Overgang.Web.Api;

/// <summary>A local account's name and password, exchanged for a bearer token.</summary>
/// <param name="UserName">The account.</param>
/// <param name="Password">Its password.</param>
public sealed record TokenRequest(string? UserName, string? Password);
