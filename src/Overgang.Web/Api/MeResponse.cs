namespace Overgang.Web.Api;

/// <summary>Who the caller is and what their scope is.</summary>
/// <param name="UserName">The account or token subject.</param>
/// <param name="Role">The role.</param>
/// <param name="Municipality">A case worker's municipality, else <c>null</c>.</param>
/// <param name="Person">A displaced person's own record, else <c>null</c>.</param>
public sealed record MeResponse(string UserName, string Role, string? Municipality, string? Person);
