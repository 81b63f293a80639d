using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entry",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entry", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "batch_run",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Argument = table.Column<string>(type: "TEXT", nullable: false),
                    ParameterVersion = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    FinishedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    LastKey = table.Column<string>(type: "TEXT", nullable: true),
                    Chunks = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_run", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "municipality",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "decision",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ValidUntil = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    ParameterVersion = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision", x => new { x.RunId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_decision_batch_run_RunId",
                        column: x => x.RunId,
                        principalTable: "batch_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<string>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowanceCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ContributionCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment", x => new { x.RunId, x.HouseholdId });
                    table.ForeignKey(
                        name: "FK_payment_batch_run_RunId",
                        column: x => x.RunId,
                        principalTable: "batch_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Due = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_batch_run_RunId",
                        column: x => x.RunId,
                        principalTable: "batch_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", nullable: false),
                    FamilyNameCyrillic = table.Column<string>(type: "TEXT", nullable: true),
                    GivenNameCyrillic = table.Column<string>(type: "TEXT", nullable: true),
                    BirthDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", nullable: false),
                    UkrainianResidence = table.Column<string>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<string>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", nullable: true),
                    MedicalTreatment = table.Column<bool>(type: "INTEGER", nullable: false),
                    AsylumApplication = table.Column<string>(type: "TEXT", nullable: false),
                    PublicOrderCheck = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reception_location",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Opened = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Closed = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reception_location", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reception_location_municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "absence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reported = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_absence_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monthly_income",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_income", x => new { x.PersonId, x.Month });
                    table.ForeignKey(
                        name: "FK_monthly_income_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "other_permit",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_other_permit", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_other_permit_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_parent",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_parent", x => new { x.PersonId, x.ParentId });
                    table.ForeignKey(
                        name: "FK_person_parent_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    MemberState = table.Column<string>(type: "TEXT", nullable: false),
                    Since = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Until = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_commitment",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    CommitmentSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    DepartureDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_commitment", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_return_commitment_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placement",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Reception = table.Column<string>(type: "TEXT", nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_placement_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_placement_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_absence_PersonId_From",
                table: "absence",
                columns: new[] { "PersonId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entry_Subject",
                table: "audit_entry",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_decision_PersonId_RunId",
                table: "decision",
                columns: new[] { "PersonId", "RunId" });

            migrationBuilder.CreateIndex(
                name: "IX_person_FamilyName_GivenName",
                table: "person",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_person_HouseholdId",
                table: "person",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_person_MunicipalityCode",
                table: "person",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_placement_LocationId",
                table: "placement",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_placement_PersonId_From",
                table: "placement",
                columns: new[] { "PersonId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_PersonId_MemberState_Since",
                table: "protection",
                columns: new[] { "PersonId", "MemberState", "Since" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reception_location_MunicipalityCode",
                table: "reception_location",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_task_PersonId_Status",
                table: "task",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_task_RunId",
                table: "task",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "absence");

            migrationBuilder.DropTable(
                name: "audit_entry");

            migrationBuilder.DropTable(
                name: "decision");

            migrationBuilder.DropTable(
                name: "monthly_income");

            migrationBuilder.DropTable(
                name: "other_permit");

            migrationBuilder.DropTable(
                name: "payment");

            migrationBuilder.DropTable(
                name: "person_parent");

            migrationBuilder.DropTable(
                name: "placement");

            migrationBuilder.DropTable(
                name: "protection");

            migrationBuilder.DropTable(
                name: "return_commitment");

            migrationBuilder.DropTable(
                name: "task");

            migrationBuilder.DropTable(
                name: "reception_location");

            migrationBuilder.DropTable(
                name: "person");

            migrationBuilder.DropTable(
                name: "batch_run");

            migrationBuilder.DropTable(
                name: "municipality");
        }
    }
}
