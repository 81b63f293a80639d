using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue14CaseWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_RunId",
                table: "task");

            migrationBuilder.AddColumn<int>(
                name: "Flags",
                table: "task",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Bsn",
                table: "person",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameKey",
                table: "person",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "GivenNameKey",
                table: "person",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "VNumber",
                table: "person",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "flag_review",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Flag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flag_review", x => new { x.PersonId, x.Flag });
                    table.ForeignKey(
                        name: "FK_flag_review_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_assignment",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActionCode = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssignedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_assignment", x => new { x.PersonId, x.ActionCode });
                    table.ForeignKey(
                        name: "FK_work_assignment_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_task_RunId_Kind_Owner_Status_Due_PersonId",
                table: "task",
                columns: new[] { "RunId", "Kind", "Owner", "Status", "Due", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_person_BirthDate",
                table: "person",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_person_Bsn",
                table: "person",
                column: "Bsn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_FamilyNameKey_GivenNameKey",
                table: "person",
                columns: new[] { "FamilyNameKey", "GivenNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_person_GivenNameKey",
                table: "person",
                column: "GivenNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_person_VNumber",
                table: "person",
                column: "VNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_assignment_AssignedTo",
                table: "work_assignment",
                column: "AssignedTo");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flag_review");

            migrationBuilder.DropTable(
                name: "work_assignment");

            migrationBuilder.DropIndex(
                name: "IX_task_RunId_Kind_Owner_Status_Due_PersonId",
                table: "task");

            migrationBuilder.DropIndex(
                name: "IX_person_BirthDate",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_Bsn",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_FamilyNameKey_GivenNameKey",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_GivenNameKey",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_VNumber",
                table: "person");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "task");

            migrationBuilder.DropColumn(
                name: "Bsn",
                table: "person");

            migrationBuilder.DropColumn(
                name: "FamilyNameKey",
                table: "person");

            migrationBuilder.DropColumn(
                name: "GivenNameKey",
                table: "person");

            migrationBuilder.DropColumn(
                name: "VNumber",
                table: "person");

            migrationBuilder.CreateIndex(
                name: "IX_task_RunId",
                table: "task",
                column: "RunId");
        }
    }
}
