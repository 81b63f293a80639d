namespace Overgang.Rules.ReturnProgramme;

/// <summary>The kind of course taken within the return programme (004:205-212).</summary>
public enum CourseKind
{
    /// <summary>A course for skills needed for the reconstruction of Ukraine.</summary>
    Reconstruction,

    /// <summary>Another skills course (including working from the Netherlands for a company in Ukraine).</summary>
    Skills,
}
