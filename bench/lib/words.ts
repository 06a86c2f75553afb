/** Word lists for names and text. Plain ASCII lower/upper case words: no tabs, backslashes or quotes. */

export const FIRST_NAMES = `Ada Alan Alice Amara Ana Anders Anika Arjun Astrid Ayla Beatriz Ben Bianca Bo Carla Carlos Chen Chiara Chloe Clara
Daniel Dara David Diego Dmitri Elena Eli Elif Emil Emma Erik Eva Farah Felix Fatima Femi Finn Freya Gabriel Grace Hana Hannah
Hugo Ida Ines Ingrid Isaac Ivan Jae Jamal James Jana Javier Jin Joao Jonas Julia Kai Karim Kate Kenji Kira Lars Laura Leila
Lena Leo Liam Lina Lucas Luis Maya Marco Maria Mateo Mei Mia Mila Mina Nadia Naomi Nils Noah Nora Olga Omar Oscar Paula Pedro
Priya Rafael Rania Ravi Rosa Ruth Sami Sara Sofia Sven Tara Theo Tomas Uma Vera Victor Wei Yara Yusuf Zara Zoe`.split(/\s+/);

export const LAST_NAMES = `Abe Adeyemi Ahmed Alvarez Andersen Bauer Becker Bianchi Borg Brown Castro Chang Costa Dahl Dubois Duarte Eriksen Evans
Fischer Fontaine Garcia Gomez Gruber Haddad Hansen Hoffmann Horvat Ibrahim Ito Jansen Jensen Kaur Keller Kim Kowalski Kruger
Lambert Larsen Laurent Lee Lindqvist Lopez Lund Marin Martin Meyer Molnar Moreau Muller Murphy Nakamura Navarro Nguyen Nielsen
Novak Okafor Olsen Ortiz Park Patel Pereira Petrov Popescu Quinn Rahman Ramos Reyes Richter Rossi Ruiz Saito Santos Schmidt
Schneider Silva Singh Smith Sousa Suzuki Svensson Tanaka Torres Tran Varga Vogel Wagner Walsh Weber Wong Yamamoto Yilmaz Young
Zhang Zimmermann Novotny Kovac Berg Holm Strand Lehmann Costa Okoro Mensah Achebe Farouk Haidari Sato Mori Kato Endo`.split(/\s+/);

export const DEPARTMENTS = `Platform Engineering;Mobile Engineering;Data Science;Finance;Legal;Procurement;Customer Support;Field Operations;
Logistics;Manufacturing;Quality Assurance;Human Resources;Marketing;Sales;Product Design;Research;Security;IT Services;
Facilities;Sustainability;Internal Audit;Communications;Learning and Development;Supply Chain;Risk Management;Treasury;
Partnerships;Customer Success;Analytics;Infrastructure;Payments;Compliance;Warehouse Operations;Fleet Management;Energy;
Health and Safety;Product Management;Developer Experience;Localisation;Accessibility`.split(';').map((s) => s.trim());

export const SITES = `Lyon;Austin;Nairobi;Osaka;Porto;Krakow;Montreal;Singapore;Berlin;Bangalore;Dublin;Sao Paulo;Leeds;Tallinn;Denver`.split(';');

export const JOB_TITLES = `Engineer;Senior Engineer;Analyst;Manager;Designer;Specialist;Coordinator;Lead;Technician;Consultant;Director;Scientist`.split(';');

/** Topic keywords (tags are derived from them; lowercase, hyphenated). */
export const TOPIC_WORDS = `onboarding invoicing warehouse-layout shift-planning code-review incident-response energy-use packaging
returns hiring travel-policy meeting-culture search-ranking forecasting customer-feedback documentation accessibility
supplier-quality fleet-routing data-quality release-process mentoring office-space recycling cloud-costs observability
pricing translations expense-reports safety-training inventory testing checkout-flow knowledge-sharing remote-work
payroll contract-review fraud-detection api-design device-management coffee-machines print-costs password-reset
calibration maintenance-planning spare-parts cold-chain last-mile store-layout loyalty-program chatbot ticket-triage
backlog-hygiene feature-flags dashboards privacy access-control budget-planning vendor-selection internal-tools`.split(/\s+/);

export const VERBS = `Reduce;Automate;Simplify;Standardise;Share;Track;Replace;Pilot;Measure;Rethink;Combine;Speed up;Visualise;Batch;
Centralise;Decentralise;Document;Retire;Merge;Split;Schedule;Prioritise;Reuse;Digitise;Audit;Cache;Rotate;Pool`.split(';').map((s) => s.trim());

export const OBJECTS = `handovers approvals checklists templates forms reports alerts queues dashboards reviews spreadsheets routes
schedules requests budgets contracts invoices labels pallets tickets builds releases backups licences badges surveys
workflows notifications sign-offs estimates rosters`.split(/\s+/);

export const QUALIFIERS = `across sites;for new starters;with a shared calendar;using existing tools;per team;in one place;before quarter end;
with fewer clicks;without extra headcount;for night shifts;with a weekly review;by default;for suppliers;on mobile;
with clear owners;in small batches;for the whole region;with a simple script;for customers;using open data`.split(';').map((s) => s.trim());

export const FILLER = `the current process takes too long and nobody owns it end to end we could try a small pilot with one team first
measure the time saved and the errors avoided then decide whether to roll it out most of the work is already done
elsewhere in the company so we should reuse it rather than build something new the main risk is adoption so we need
a clear owner and a short guide people keep asking the same questions in chat which suggests the information is hard
to find a shared page with examples would help the cost is small compared with the hours we lose every month we tried
something similar last year but it stalled because the data was incomplete this time we can start from the numbers we
already collect and keep the scope narrow feedback from the pilot will tell us whether it is worth scaling`.split(/\s+/);
