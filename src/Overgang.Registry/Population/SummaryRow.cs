namespace Overgang.Registry.Population;

/// <summary>One calibration target and the value measured in a generated population.</summary>
/// <param name="Target">The target.</param>
/// <param name="Generated">The value computed from the generated rows, in the target's unit.</param>
public sealed record SummaryRow(CalibrationTarget Target, double Generated)
{
    /// <summary>True when the generated value is within the target's tolerance.</summary>
    public bool IsWithinTolerance => Math.Abs(Generated - Target.Value) <= Target.Tolerance;
}
