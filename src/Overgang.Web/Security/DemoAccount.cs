namespace Overgang.Web.Security;

/// <summary>An account made for the demo registry, to print once at start-up.</summary>
/// <param name="UserName">The sign-in name.</param>
/// <param name="Role">The role.</param>
/// <param name="Scope">The municipality or person it is limited to, or empty.</param>
public sealed record DemoAccount(string UserName, string Role, string Scope);
