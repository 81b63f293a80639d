namespace Overgang.Load;

/// <summary>One request to send, named by the endpoint it measures.</summary>
internal sealed record Operation(string Endpoint, Func<HttpRequestMessage> Request);
