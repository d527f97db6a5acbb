/** Database and message-broker connection strings that embed a password. The finding is the password itself. */
import type { Detector } from '../../engine/types.ts';

/**
 * Passwords that documentation and templates put in connection strings. The engine's placeholder filter
 * already drops `${VAR}`, `<...>`, `{...}`, `***`, `xxxx`, 'your...', 'changeme'.
 */
export const PLACEHOLDER_PASSWORD =
  /^(?:pass(?:w(?:or)?d)?\d?|p(?:a|@)ss(?:w(?:0|o)rd)?|pwd|pw|secret|s3cr3t|admin|root|test|guest|user(?:name)?|db_?pass(?:word)?|mysecret|mypass(?:word)?|yourpassword|dbpassword|changeit|default|none|null|empty|hidden|redacted|qwerty|letmein|foo|bar|baz|postgres|mysql|mariadb|mongo(?:db)?|redis|rabbitmq|sa|oracle|neo4j|elastic|\$\(.{0,100}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%?|:[a-z_]+|\[[^\]]*\]?|\(.{0,100}|\*+|\.+|\?+|x+|#+)$/i;

/** URI schemes of databases and brokers (http(s)/ftp and other schemes are in http.ts). */
const DB_SCHEMES =
  'postgres(?:ql)?|pgsql|mysql(?:x)?|mariadb|mongodb(?:\\+srv)?|rediss?|valkey|amqps?|mssql|sqlserver|cockroach(?:db)?|clickhouse|neo4j(?:\\+s|\\+ssc)?|bolt|couchdb|cassandra|oracle|db2|snowflake|ldaps?|memcached|nats|kafka|influxdb|elasticsearch|opensearch|sqlalchemy';

export const detectors: Detector[] = [
  {
    id: 'secrets/databases/connection-uri',
    category: 'secret',
    kind: 'database_password',
    // scheme://user:password@host — the password may itself hold '@' (greedy up to the last one before the host).
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${DB_SCHEMES})(?:\\+[a-z0-9]{2,20})?://[^\\s:@/'"<>{}\\[\\]]{0,100}:([^\\s/'"<>]{1,150})@(?=[A-Za-z0-9\\[._-])`,
      'gi',
    ),
    keywords: ['://'],
    ignore: [PLACEHOLDER_PASSWORD],
    confidence: { base: 0.9 },
    examples: {
      match: [
        'Why does this fail? DATABASE_URL=postgresql://app_rw:Hq7v!Lp2zR9c@db-prod-3.internal:5432/orders',
        'client = MongoClient("mongodb+srv://analytics:T7wq9Pz2Lk3x@cluster0.ab1cd.mongodb.net/reports?retryWrites=true")',
        'redis://:Zr8TqW2xLm5v@cache.internal:6379/0',
        'spring.datasource.url=jdbc:mysql://svc_billing:N4r!9xQe2w@10.2.3.4:3306/billing',
        'amqps://orders:Bq8z2Lw9Rt4m@rabbit.prod.local:5671/vhost',
      ],
      noMatch: [
        'postgresql://user:password@localhost:5432/mydb',
        'mongodb://admin:${MONGO_PASSWORD}@mongo:27017',
        'mysql://dbuser:***@db.internal/app',
        'postgres://localhost:5432/postgres',
        'redis://user:<password>@host:6379',
      ],
    },
  },
  {
    id: 'secrets/databases/jdbc-password-param',
    category: 'secret',
    kind: 'database_password',
    // ;password=… / ?password=… / &pwd=… parameters of a JDBC URL (the URL itself is the required context).
    pattern: /[;?&](?:password|pwd|passwd)=([^;&\s'"()]{1,100})/gi,
    keywords: ['jdbc:'],
    context: { words: ['jdbc'], required: true, before: 300, after: 0 },
    ignore: [PLACEHOLDER_PASSWORD],
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: [
        'jdbc:sqlserver://sql01.corp.local:1433;databaseName=hr;user=hr_app;password=Wq3!zP8rLm2x;encrypt=true',
        'url: jdbc:snowflake://acme.eu-west-1.snowflakecomputing.com/?user=etl&password=Sn0wF1ake_9Qx&warehouse=WH',
      ],
      noMatch: [
        'jdbc:sqlserver://sql01:1433;databaseName=hr;user=hr_app;password=${DB_PASSWORD}',
        'jdbc:postgresql://db:5432/app?user=app&password=password',
      ],
    },
  },
  {
    id: 'secrets/databases/ado-net-connection-string',
    category: 'secret',
    kind: 'database_password',
    // Server=…;Database=…;User Id=…;Password=…; — a ;Password= pair after Server / Data Source / Host pairs.
    pattern: /;[ \t]{0,2}(?:Password|Pwd)[ \t]{0,2}=[ \t]{0,2}([^;\n'"]{1,100})/gi,
    keywords: ['password', 'pwd'],
    ignore: [PLACEHOLDER_PASSWORD, /^\s|\s$/],
    context: {
      words: ['server', 'data source', 'host', 'address', 'addr', 'network address'],
      required: true,
      before: 300,
      after: 0,
    },
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: [
        '"ConnectionStrings": { "Default": "Server=sql-prod-02;Database=Payroll;User Id=payroll_svc;Password=Kx8#vQ2m!Lr9;" }',
        'Data Source=10.0.4.12,1433;Initial Catalog=CRM;User ID=crm_rw;Pwd=Tz5wq8Pn3Rx;Encrypt=True',
      ],
      noMatch: [
        'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
        'Server=sql01;Database=hr;Trusted_Connection=True;',
      ],
    },
  },
  {
    id: 'secrets/databases/ldap-bind-password',
    category: 'secret',
    kind: 'database_password',
    // -w <bind password> of the OpenLDAP tools (the command name is the required context).
    pattern: /(?<![A-Za-z0-9-])-w[ \t]{1,3}['"]?([^\s'"-][^\s'"]{3,99})/g,
    keywords: ['ldap'],
    context: {
      words: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare', 'ldapmodrdn'],
      required: true,
      before: 300,
      after: 0,
    },
    ignore: [PLACEHOLDER_PASSWORD],
    confidence: { base: 0.88, withContext: 0.88 },
    examples: {
      match: [
        'ldapsearch -x -H ldaps://dc1.corp.local -D "cn=svc-ldap,ou=svc,dc=corp,dc=local" -w Lq8!zR2vNx5 -b "dc=corp,dc=local"',
        "ldapmodify -D cn=admin,dc=acme,dc=io -w 'P9wz!3xQr7' -f change.ldif",
      ],
      noMatch: [
        'ldapsearch -x -D "cn=admin,dc=acme,dc=io" -W -b "dc=acme,dc=io"',
        'ldapsearch -D cn=admin -w $LDAP_PASSWORD',
      ],
    },
  },
  {
    id: 'secrets/databases/cli-password',
    category: 'secret',
    kind: 'database_password',
    // redis-cli -a <password>, mysql -p<password> / --password=<password> on a client command line.
    pattern: /(?<![A-Za-z0-9-])(?:-a[ \t]{1,3}|-p|--password=|--pass=)['"]?([^\s'"-][^\s'"]{3,99})/g,
    keywords: ['redis-cli', 'valkey-cli', 'keydb-cli', 'mysql', 'mariadb'],
    ignore: [PLACEHOLDER_PASSWORD, /^\d{1,6}$/],
    context: {
      words: ['redis-cli', 'valkey-cli', 'keydb-cli', 'mysql', 'mysqldump', 'mysqladmin', 'mariadb', 'mariadb-dump'],
      required: true,
      before: 200,
      after: 0,
    },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['redis-cli -h cache.internal -a Rd7!kLm2qW9x ping', 'mysqldump -u backup -pBk9vT3qZx2 --all-databases > dump.sql'],
      noMatch: ['mysql -u root -p mydb', 'redis-cli -a $REDIS_PASSWORD ping', 'tar -a -p -c files.tar'],
    },
  },
];
