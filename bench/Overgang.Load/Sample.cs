namespace Overgang.Load;

/// <summary>One measured request: latency from its scheduled start (open loop) or its send (closed loop).</summary>
internal readonly record struct Sample(string Endpoint, double Milliseconds, bool Ok);
