using NodaTime;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Records;

namespace Overgang.Linkage.Files;

/// <summary>One row of another member state's file: the registration and its fields, clear or encoded.</summary>
/// <param name="RecordId">The sender's registration number.</param>
/// <param name="MemberState">The sending member state (ISO 3166 alpha-2).</param>
/// <param name="Since">First day of protection there, where sent.</param>
/// <param name="Clear">The fields in the clear (a clear file).</param>
/// <param name="Encoded">The keyed encodings (an encoded file).</param>
public sealed record IncomingRegistration(string RecordId, string MemberState, LocalDate? Since, LinkRecord? Clear, EncodedRecord? Encoded);
