using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entry", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "batch_run",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Argument = table.Column<string>(type: "text", nullable: false),
                    ParameterVersion = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: false),
                    LastKey = table.Column<string>(type: "text", nullable: true),
                    Chunks = table.Column<int>(type: "integer", nullable: false),
                    Counts = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_run", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "municipality",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "decision",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Path = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    ValidFrom = table.Column<LocalDate>(type: "date", nullable: true),
                    ValidUntil = table.Column<LocalDate>(type: "date", nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    ParameterVersion = table.Column<string>(type: "text", nullable: false)
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
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    HouseholdId = table.Column<string>(type: "text", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "text", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    AllowanceCents = table.Column<long>(type: "bigint", nullable: false),
                    ContributionCents = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Due = table.Column<LocalDate>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    FamilyName = table.Column<string>(type: "text", nullable: false),
                    GivenName = table.Column<string>(type: "text", nullable: false),
                    FamilyNameCyrillic = table.Column<string>(type: "text", nullable: true),
                    GivenNameCyrillic = table.Column<string>(type: "text", nullable: true),
                    BirthDate = table.Column<LocalDate>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "text", nullable: false),
                    Nationality = table.Column<string>(type: "text", nullable: false),
                    UkrainianResidence = table.Column<string>(type: "text", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(8)", nullable: false),
                    HouseholdId = table.Column<string>(type: "text", nullable: false),
                    PartnerId = table.Column<string>(type: "text", nullable: true),
                    MedicalTreatment = table.Column<bool>(type: "boolean", nullable: false),
                    AsylumApplication = table.Column<string>(type: "text", nullable: false),
                    PublicOrderCheck = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(8)", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Opened = table.Column<LocalDate>(type: "date", nullable: false),
                    Closed = table.Column<LocalDate>(type: "date", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: false),
                    Reported = table.Column<bool>(type: "boolean", nullable: false)
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
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Month = table.Column<LocalDate>(type: "date", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false)
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
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    ValidUntil = table.Column<LocalDate>(type: "date", nullable: false)
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
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    ParentId = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    MemberState = table.Column<string>(type: "text", nullable: false),
                    Since = table.Column<LocalDate>(type: "date", nullable: false),
                    Until = table.Column<LocalDate>(type: "date", nullable: true)
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
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    CommitmentSigned = table.Column<bool>(type: "boolean", nullable: false),
                    DepartureDate = table.Column<LocalDate>(type: "date", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Reception = table.Column<string>(type: "text", nullable: false),
                    LocationId = table.Column<string>(type: "character varying(40)", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: true),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: true)
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
